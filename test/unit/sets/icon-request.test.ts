import { describe, expect, it } from 'vitest';
import type { GenerationMeta } from '../../../core/protocol/messages';
import {
  boundSwatch,
  iconMetaFor,
  iconRequest,
  iconVectorOptions,
  regenerateRequest,
} from '../../../core/sets/icon-request';
import type { SetColour } from '../../../core/sets/types';
import { isIconFrame } from '../../../core/tasks/types';
import { sampleSpec } from './fixtures';

const mono: SetColour = { mode: 'mono', mono: '#1e88e5', palette: [] };

describe('icon requests', () => {
  it('every icon: background removed, fitted in size × size with padding, colour mode applied', () => {
    expect(iconVectorOptions({ iconSize: 24, padding: 2, colour: mono })).toEqual({
      removeBackground: true,
      recolor: 'mono',
      palette: [],
      mono: '#1e88e5',
      iconFrame: { size: 24, padding: 2 },
    });
    const keep = iconVectorOptions({ iconSize: 48, padding: 4, colour: sampleSpec().colour });
    expect(keep.recolor).toBe('none');
    expect(isIconFrame(keep.iconFrame)).toBe(true);
    const palette = { mode: 'palette', mono: '#000000', palette: ['#112233', '#445566'] } as const;
    expect(iconVectorOptions({ iconSize: 16, padding: 1, colour: palette })).toMatchObject({
      recolor: 'palette',
      palette: ['#112233', '#445566'],
    });
  });

  it("one icon's request: its prompt from the template, the set's model and size, its slot as the target", () => {
    const spec = sampleSpec({ variants: 2 });
    const slot = { setId: 'set-1', index: 4, variant: 2 };
    expect(iconRequest(spec, slot)).toEqual({
      model: 'recraft-v4-text-to-vector',
      prompt: 'bell icon, outline, rounded corners, 2 px stroke, minimal',
      size: '1024x1024',
      vector: iconVectorOptions(spec),
      target: { kind: 'set', setId: 'set-1', index: 4, variant: 2 },
    });
  });

  it("a component's icon meta, and Regenerate this icon: the same prompt and look, into that component", () => {
    const spec = sampleSpec({ colour: mono, iconSize: 32, padding: 3 });
    const icon = iconMetaFor(spec, { setId: 'set-1', index: 1, variant: 1 });
    expect(icon).toEqual({
      setId: 'set-1',
      subject: 'search',
      index: 1,
      variant: 1,
      prefix: 'icon',
      iconSize: 32,
      padding: 3,
      colour: mono,
    });
    const meta: GenerationMeta = {
      prompt: 'search icon, outline',
      model: 'recraft-v4-pro-text-to-vector',
      size: '2048x2048',
      taskId: 't9',
      createdAt: 1,
      icon,
    };
    expect(regenerateRequest(meta, icon, '7:3')).toEqual({
      model: 'recraft-v4-pro-text-to-vector',
      prompt: 'search icon, outline',
      size: '2048x2048',
      vector: iconVectorOptions(icon),
      target: { kind: 'replace', nodeId: '7:3', icon },
    });
  });
});

describe('boundSwatch', () => {
  const swatch = { kind: 'variable', id: 'v1', name: 'Brand/Primary', hex: '#4f46e5' } as const;
  it('binds in one-colour mode only: a palette or kept set carries its bind unused', () => {
    const colour = { mono: '#4f46e5', palette: [], bind: swatch };
    expect(boundSwatch({ ...colour, mode: 'mono' })).toEqual(swatch);
    expect(boundSwatch({ ...colour, mode: 'keep' })).toBeUndefined();
    expect(boundSwatch({ ...colour, mode: 'palette' })).toBeUndefined();
  });
});
