/** Figma paints to and from the scene's fills, with Figma's validation and defaults. */
import type { SceneFill } from '../scene/node';

const SCALE_MODES = new Set(['FILL', 'FIT', 'CROP', 'TILE']);

/** A paint as a plugin may pass it: anything, checked field by field. */
interface LoosePaint {
  readonly type?: unknown;
  readonly color?: Partial<RGB>;
  readonly opacity?: number;
  readonly scaleMode?: ImagePaint['scaleMode'];
  readonly imageHash?: string | null;
}

const hex2 = (v: number) =>
  Math.round(Math.max(0, Math.min(1, v)) * 255)
    .toString(16)
    .padStart(2, '0');

function rgbToHex(color: RGB): string {
  return `#${hex2(color.r)}${hex2(color.g)}${hex2(color.b)}`;
}

export function hexToRgb(hex: string): RGB {
  const n = parseInt(hex.slice(1), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 };
}

export function paintToFill(paint: unknown): SceneFill {
  const p = paint as LoosePaint | null;
  if (!p || typeof p !== 'object' || typeof p.type !== 'string')
    throw new Error('Invalid paint: missing type');
  if (p.type === 'SOLID') {
    const c = p.color;
    if (!c || ![c.r, c.g, c.b].every((v) => typeof v === 'number' && v >= 0 && v <= 1)) {
      throw new Error('Invalid SOLID paint: color needs r, g, b between 0 and 1');
    }
    return { type: 'SOLID', color: rgbToHex(c as RGB), opacity: p.opacity ?? 1 };
  }
  if (p.type === 'IMAGE') {
    if (!SCALE_MODES.has(p.scaleMode ?? ''))
      throw new Error(`Invalid IMAGE paint: scaleMode ${String(p.scaleMode)}`);
    if (p.imageHash !== null && typeof p.imageHash !== 'string')
      throw new Error('Invalid IMAGE paint: imageHash');
    return {
      type: 'IMAGE',
      imageHash: p.imageHash ?? undefined,
      scaleMode: p.scaleMode,
      opacity: p.opacity ?? 1,
    };
  }
  if (/^GRADIENT_|^VIDEO$|^PATTERN$/.test(p.type)) return { type: p.type, opacity: p.opacity ?? 1 };
  throw new Error(`Invalid paint type ${p.type}`);
}

export function fillToPaint(fill: SceneFill): Paint {
  const common = { visible: true, opacity: fill.opacity ?? 1, blendMode: 'NORMAL' as const };
  if (fill.type === 'IMAGE') {
    const scaleMode = (fill.scaleMode ?? 'FILL') as ImagePaint['scaleMode'];
    return Object.freeze({ ...common, type: 'IMAGE', scaleMode, imageHash: fill.imageHash ?? null });
  }
  return Object.freeze({ ...common, type: 'SOLID', color: Object.freeze(hexToRgb(fill.color ?? '#000000')) });
}
