import type { BrandKit } from '../../../core/brand/types';

export const KIT: BrandKit = {
  version: 1,
  palette: [
    { role: 'primary', hex: '#4f46e5' },
    { role: 'accent', hex: '#f59e0b' },
    { role: 'background', hex: '#ffffff' },
  ],
  styleWords: 'flat, rounded, friendly',
  icon: { size: 24, padding: 2, colourMode: 'palette' },
  prefix: 'acme',
  vectorModel: 'recraft-v4-text-to-vector',
  rasterModel: 'recraft-v4-text-to-image',
};

export const kitWith = (over: Partial<BrandKit>): BrandKit => ({ ...KIT, ...over });
