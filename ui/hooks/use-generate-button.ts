import type { AppState } from '../state/app-state';
import { batchOf, type FormState } from '../state/form';
import { formProblem, requestFromForm } from '../state/form-check';
import type { GenerationRequest } from '../../core/tasks/types';
import { promptProblem, SENDING_PROBLEM } from '../state/validation';
import type { GenerateState } from './use-generate';

export interface GenerateButtonState {
  /** Why Generate cannot be pressed now, or undefined. */
  readonly problem?: string;
  readonly handleGenerate: () => void;
}

/** Generate (button or Ctrl/Cmd+Enter): checks the form, then sends the batch with the placement fixed now. */
export function useGenerateButton(
  app: AppState,
  form: FormState,
  generate: GenerateState,
  /** What the document's brand kit adds to the request (the palette in the prompt, brand colours). */
  shape: (request: GenerationRequest) => GenerationRequest = (request) => request,
): GenerateButtonState {
  const problem = generate.sending
    ? SENDING_PROBLEM
    : (formProblem(form, !!app.apiKey) ?? promptProblem(shape(requestFromForm(form, app.selection)).prompt));
  const handleGenerate = () => {
    const count = batchOf(form);
    if (problem || !app.apiKey || count === undefined) return;
    const request = shape(requestFromForm(form, app.selection));
    void generate.handleGenerateAsync({ apiBase: app.settings.apiBase, apiKey: app.apiKey, request, count });
  };
  return { problem, handleGenerate };
}
