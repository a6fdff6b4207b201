import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MODEL_ID,
  defaultSize,
  isModelId,
  isValidSize,
  MODEL_IDS,
  MODELS,
  modelById,
  parseSize,
  type ModelInfo,
} from '../../../core/models/catalogue';
import { DEFAULT_SETTINGS } from '../../../core/settings';

const recraftModel = (output: ModelInfo['output'], tier: ModelInfo['tier']) =>
  MODELS.find((m) => m.family === 'recraft' && m.output === output && m.tier === tier);

describe('model catalogue', () => {
  it('lists every model once, with the documented credits', () => {
    expect(MODELS.map((m) => m.id).sort()).toEqual([...MODEL_IDS].sort());
    const credits = Object.fromEntries(MODELS.map((m) => [m.id, m.credits]));
    expect(credits).toEqual({
      'recraft-v4-text-to-image': 10,
      'recraft-v4-text-to-vector': 20,
      'recraft-v4-pro-text-to-image': 60,
      'recraft-v4-pro-text-to-vector': 70,
      'grok-imagine': 5,
      'kling-image-o1': 6,
      'ideogram-v3': 8,
      'imagen-4': 8,
    });
  });

  it('gives the four Recraft models by output and tier, with their size tables', () => {
    expect(recraftModel('vector', 'standard')?.id).toBe('recraft-v4-text-to-vector');
    expect(recraftModel('raster', 'pro')?.id).toBe('recraft-v4-pro-text-to-image');
    expect(defaultSize(modelById('recraft-v4-text-to-image'))).toBe('1024x1024');
    expect(defaultSize(modelById('recraft-v4-pro-text-to-vector'))).toBe('2048x2048');
    for (const model of MODELS.filter((m) => m.family === 'recraft')) {
      expect(model.sizeParam).toBe('image_size');
      expect(model.sizes).toHaveLength(14);
      for (const size of model.sizes) expect(parseSize(size)).toBeDefined();
    }
  });

  it('has the other models take aspect ratios and produce raster', () => {
    for (const model of MODELS.filter((m) => m.family === 'other')) {
      expect(model).toMatchObject({ sizeParam: 'aspect_ratio', output: 'raster' });
      expect(isValidSize(model, '1:1')).toBe(true);
      expect(isValidSize(model, '1024x1024')).toBe(false);
    }
  });

  it('gives every model a typical duration the polling schedule can use', () => {
    for (const model of MODELS) expect(model.typicalSeconds).toBeGreaterThanOrEqual(5);
  });

  it('has one default model, Recraft V4 Vector, which the settings start from', () => {
    expect(DEFAULT_MODEL_ID).toBe('recraft-v4-text-to-vector');
    expect(modelById(DEFAULT_MODEL_ID).output).toBe('vector');
    expect(DEFAULT_SETTINGS.model).toBe(DEFAULT_MODEL_ID);
  });

  it('validates ids and parses sizes', () => {
    expect(isModelId(DEFAULT_MODEL_ID)).toBe(true);
    expect(isModelId('recraft-v4-text-to-image-pro')).toBe(false);
    expect(isModelId(42)).toBe(false);
    expect(() => modelById('nope' as never)).toThrow();
    expect(parseSize('1536x768')).toEqual({ width: 1536, height: 768 });
    expect(parseSize('16:9')).toBeUndefined();
  });
});
