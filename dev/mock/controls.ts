/**
 * Recraft's `controls`, checked as Recraft's own API documents it for V4
 * models: `colors`, at most five `{rgb: [r, g, b]}` (integers 0 to 255), and
 * `background_color`, one such colour. The message names the field, as a
 * gateway's 400 would, so the plugin can tell this refusal from others. The
 * limits are the client's (core/api/recraft-controls.ts).
 */
import { CONTROLS_MAX_COLORS, isChannel } from '../../core/api/recraft-controls';
import type { ModelInfo } from '../../core/models/catalogue';
import { isRecord } from './http-util';

const FIELDS = ['colors', 'background_color'];

function colourProblem(value: unknown, name: string): string | undefined {
  if (!isRecord(value)) return `${name} must be an object {"rgb": [r, g, b]}`;
  const extra = Object.keys(value).find((key) => key !== 'rgb');
  if (extra !== undefined) return `${name} has an unknown field ${JSON.stringify(extra.slice(0, 40))}`;
  const { rgb } = value;
  if (!Array.isArray(rgb) || rgb.length !== 3 || !rgb.every(isChannel)) {
    return `${name}.rgb must be three integers from 0 to 255`;
  }
  return undefined;
}

/** What is wrong with `controls` for this model, naming the field; undefined when it is as documented. */
export function controlsProblem(model: ModelInfo, controls: unknown): string | undefined {
  if (model.family !== 'recraft') return `controls is not supported for model ${model.id}`;
  if (!isRecord(controls)) return 'controls must be an object';
  const extra = Object.keys(controls).find((key) => !FIELDS.includes(key));
  if (extra !== undefined) return `controls has an unknown field ${JSON.stringify(extra.slice(0, 40))}`;
  const { colors, background_color: background } = controls;
  if (colors !== undefined) {
    if (!Array.isArray(colors)) return 'controls.colors must be an array';
    if (colors.length > CONTROLS_MAX_COLORS) {
      return `controls.colors takes at most ${CONTROLS_MAX_COLORS} colours (got ${colors.length})`;
    }
    for (const [index, colour] of colors.entries()) {
      const problem = colourProblem(colour, `controls.colors[${index}]`);
      if (problem) return problem;
    }
  }
  return background === undefined ? undefined : colourProblem(background, 'controls.background_color');
}
