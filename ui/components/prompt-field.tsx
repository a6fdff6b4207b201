import { PROMPT_MAX } from '../../core/models/catalogue';
import { promptLength, promptProblem } from '../state/validation';
import { Field } from './field';

export interface PromptFieldProps {
  readonly prompt: string;
  readonly onChange: (prompt: string) => void;
  /** Ctrl/Cmd+Enter. */
  readonly onSubmit: () => void;
}

/** Within this many characters of the limit the count is spoken; before, typing is not interrupted. */
const NEAR_LIMIT = 100;

export function PromptField({ prompt, onChange, onSubmit }: PromptFieldProps) {
  const length = promptLength(prompt);
  // An empty field is not an error yet; the Generate button says what is missing.
  const problem = length > 0 ? promptProblem(prompt) : undefined;
  const near = length >= PROMPT_MAX - NEAR_LIMIT;

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <Field
      label="Prompt"
      idBase="prompt"
      problem={problem}
      labelAside={
        <>
          <span class={`counter${problem ? ' error' : ' muted'}`} aria-hidden="true">
            {length} / {PROMPT_MAX}
          </span>
          <span class="visually-hidden" aria-live="polite">
            {near ? `${PROMPT_MAX - length} characters left` : ''}
          </span>
        </>
      }
    >
      {(control) => (
        <textarea
          {...control}
          rows={3}
          value={prompt}
          placeholder="A flat icon of a paper plane, two colours"
          onInput={(e) => onChange(e.currentTarget.value)}
          onKeyDown={handleKeyDown}
        />
      )}
    </Field>
  );
}
