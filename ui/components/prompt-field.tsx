import { PROMPT_MAX } from '../../core/models/catalogue';
import { promptLength, promptProblem } from '../state/validation';
import { Field } from './field';

export interface PromptFieldProps {
  readonly prompt: string;
  readonly onChange: (prompt: string) => void;
  /** Ctrl/Cmd+Enter. */
  readonly onSubmit: () => void;
}

export function PromptField({ prompt, onChange, onSubmit }: PromptFieldProps) {
  const length = promptLength(prompt);
  // An empty field is not an error yet; the Generate button says what is missing.
  const problem = length > 0 ? promptProblem(prompt) : undefined;

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <Field
      label="Prompt"
      problem={problem}
      labelAside={
        <span class={`counter${problem ? ' bad' : ''}`} aria-live="polite">
          {length} / {PROMPT_MAX}
        </span>
      }
    >
      {(control) => (
        <textarea
          {...control}
          rows={4}
          value={prompt}
          placeholder="A flat icon of a paper plane, two colours"
          onInput={(e) => onChange(e.currentTarget.value)}
          onKeyDown={handleKeyDown}
        />
      )}
    </Field>
  );
}
