import { describe, expect, it } from 'vitest';
import { controlsRefusal } from '../../../core/api/controls-refusal';
import { isRecraftControls } from '../../../core/api/recraft-controls';
import { generationBody } from '../../../core/api/request-body';
import { isGenerationRequest } from '../../../core/tasks/request-checks';
import { DEFAULT_VECTOR_OPTIONS, type GenerationRequest } from '../../../core/tasks/types';

const request = (over: Partial<GenerationRequest> = {}): GenerationRequest => ({
  model: 'recraft-v4-text-to-vector',
  prompt: 'a fox, flat icon',
  size: '1024x1024',
  vector: DEFAULT_VECTOR_OPTIONS,
  target: { kind: 'viewport' },
  ...over,
});

const CONTROLS = {
  colors: [{ rgb: [79, 70, 229] }, { rgb: [245, 158, 11] }],
  background_color: { rgb: [255, 255, 255] },
} as const;

describe('controls in the generation body', () => {
  it('goes to a Recraft model exactly as Recraft documents it', () => {
    expect(generationBody(request({ controls: CONTROLS }))).toEqual({
      model: 'recraft-v4-text-to-vector',
      prompt: 'a fox, flat icon',
      image_size: '1024x1024',
      controls: {
        colors: [{ rgb: [79, 70, 229] }, { rgb: [245, 158, 11] }],
        background_color: { rgb: [255, 255, 255] },
      },
    });
  });

  it('is left out when the designer did not opt in, and for any other model', () => {
    expect(generationBody(request())).not.toHaveProperty('controls');
    const imagen = generationBody(request({ model: 'imagen-4', size: '1:1', controls: CONTROLS }));
    expect(imagen).toEqual({ model: 'imagen-4', prompt: 'a fox, flat icon', aspect_ratio: '1:1' });
  });

  it('never sends a malformed one, nor a field it does not document', () => {
    const bad = [
      { colors: [{ rgb: [256, 0, 0] }] },
      { colors: [{ rgb: [1, 2] }] },
      { colors: Array.from({ length: 6 }, () => ({ rgb: [1, 2, 3] })) },
      { colors: [{ rgb: [1, 2, 3], extra: 1 }] },
      { colors: [], style_id: 'x' },
      { colors: [{ rgb: [1.5, 2, 3] }] },
      {},
    ];
    for (const controls of bad) {
      expect(isRecraftControls(controls), JSON.stringify(controls)).toBe(false);
      const body = generationBody(request({ controls: controls as GenerationRequest['controls'] }));
      expect(body).not.toHaveProperty('controls');
    }
  });

  it("sends a fresh copy of the documented fields, not the request's own arrays", () => {
    const colors = [{ rgb: [1, 2, 3] as const }];
    const body = generationBody(request({ controls: { colors } }));
    expect(body.controls).toEqual({ colors: [{ rgb: [1, 2, 3] }] });
    expect(body.controls?.colors).not.toBe(colors);
  });
});

describe('controls on a request that crossed a boundary', () => {
  it('passes with the documented shape, absent, and refuses anything else', () => {
    expect(isGenerationRequest(request())).toBe(true);
    expect(isGenerationRequest(request({ controls: CONTROLS }))).toBe(true);
    expect(isGenerationRequest({ ...request(), controls: { colors: 'indigo' } })).toBe(false);
    expect(isGenerationRequest({ ...request(), controls: null })).toBe(false);
  });
});

describe('a refusal naming the field', () => {
  it('is controls-refused, with its status, for a 400 or 422 whose message names controls', () => {
    for (const said of ['Unknown field: controls', 'controls.colors is not allowed', 'background_color?']) {
      expect(controlsRefusal(400, said)).toMatchObject({ code: 'controls-refused', status: 400 });
    }
    expect(controlsRefusal(422, 'extra inputs: controls')).toMatchObject({ status: 422 });
    expect(controlsRefusal(400, 'controls')?.message).toMatch(/nothing was charged/);
  });

  it('is nothing special otherwise', () => {
    expect(controlsRefusal(400, 'prompt too long')).toBeUndefined();
    expect(controlsRefusal(400, undefined)).toBeUndefined();
    expect(controlsRefusal(500, 'controls')).toBeUndefined();
    expect(controlsRefusal(402, 'controls')).toBeUndefined();
  });
});
