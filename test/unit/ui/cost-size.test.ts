import { describe, expect, it } from 'vitest';
import { MODELS } from '../../../core/models/catalogue';
import {
  costSummary,
  generateLabel,
  modelGroups,
  modelOptionText,
  totalCredits,
} from '../../../ui/state/cost';
import { rememberSize, sizeFor, sizeText } from '../../../ui/state/size';

describe('cost', () => {
  it('shows the total before generating', () => {
    expect(costSummary('recraft-v4-text-to-vector', 3)).toBe('3 × 20 = 60 credits');
    expect(costSummary('recraft-v4-pro-text-to-image', 1)).toBe('60 credits');
    expect(totalCredits('grok-imagine', 8)).toBe(40);
  });

  it('names the Generate button with the price', () => {
    expect(generateLabel('recraft-v4-text-to-vector', 1)).toBe('Generate · 20 credits');
    expect(generateLabel('recraft-v4-pro-text-to-vector', 2)).toBe('Generate 2 · 140 credits');
  });

  it('groups models by output with the price in each option', () => {
    const groups = modelGroups();
    expect(groups.map((g) => g.label)).toEqual(['Vector (editable layers)', 'Raster (image fill)']);
    expect(groups.flatMap((g) => g.models)).toHaveLength(MODELS.length);
    expect(groups[0]!.models.every((m) => m.output === 'vector')).toBe(true);
    expect(modelOptionText(groups[0]!.models[0]!)).toBe('Recraft V4 Vector — 20 credits');
    const imagen = MODELS.find((m) => m.id === 'imagen-4')!;
    expect(modelOptionText(imagen)).toBe('Imagen 4 — 8 credits');
  });
});

describe('size per model', () => {
  it('defaults to 1024x1024 for V4, 2048x2048 for Pro and 1:1 for the others', () => {
    expect(sizeFor('recraft-v4-text-to-vector', {})).toBe('1024x1024');
    expect(sizeFor('recraft-v4-text-to-image', {})).toBe('1024x1024');
    expect(sizeFor('recraft-v4-pro-text-to-vector', {})).toBe('2048x2048');
    expect(sizeFor('recraft-v4-pro-text-to-image', {})).toBe('2048x2048');
    expect(sizeFor('ideogram-v3', {})).toBe('1:1');
  });

  it('remembers the last valid choice per model', () => {
    const remembered = rememberSize({}, 'recraft-v4-text-to-vector', '1536x768');
    expect(sizeFor('recraft-v4-text-to-vector', remembered)).toBe('1536x768');
    expect(sizeFor('recraft-v4-pro-text-to-vector', remembered)).toBe('2048x2048');
    // A remembered size the model does not take (catalogue changed) falls back to the default.
    expect(sizeFor('recraft-v4-pro-text-to-vector', { 'recraft-v4-pro-text-to-vector': '1024x1024' })).toBe(
      '2048x2048',
    );
  });

  it('reads sizes and aspect ratios', () => {
    expect(sizeText('1280x832')).toBe('1280 × 832');
    expect(sizeText('16:9')).toBe('16:9 wide');
  });
});
