import { DEFAULT_VECTOR_OPTIONS, type GenerationRequest } from '../../core/tasks/types';
import type { SelectionInfo } from '../../core/protocol/messages';
import { modelById } from '../../core/models/catalogue';
import { BATCH_RANGE_TEXT } from '../../core/tasks/batch-limit';
import { insertTargetFor } from '../../core/tasks/insert-target';
import { batchOf, iconFrameOf, vectorOptionsOf, type FormState } from './form';
import { iconPaddingProblem, monoProblem, NO_KEY_PROBLEM, paletteProblem, promptProblem } from './validation';

/** Why Generate is disabled, or undefined when the form can be sent. */
export function formProblem(form: FormState, hasKey: boolean): string | undefined {
  if (!hasKey) return NO_KEY_PROBLEM;
  const prompt = promptProblem(form.prompt);
  if (prompt) return prompt;
  if (batchOf(form) === undefined) return `Images must be a whole number from ${BATCH_RANGE_TEXT}`;
  if (modelById(form.model).output === 'vector') {
    if (form.iconSize && !iconFrameOf(form)) return iconPaddingProblem(form.iconSize);
    if (form.recolor === 'palette') return paletteProblem(form.paletteText);
    if (form.recolor === 'mono') return monoProblem(form.mono);
  }
  return undefined;
}

/** The request Generate sends, with the placement fixed from the current selection. */
export function requestFromForm(form: FormState, selection: SelectionInfo): GenerationRequest {
  const output = modelById(form.model).output;
  return {
    model: form.model,
    prompt: form.prompt.trim(),
    size: form.size,
    vector: output === 'vector' ? vectorOptionsOf(form) : DEFAULT_VECTOR_OPTIONS,
    target: insertTargetFor(selection, output, form.fill),
  };
}
