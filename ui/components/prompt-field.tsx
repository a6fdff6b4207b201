import { PROMPT_MAX } from '../../core/models/catalogue';
import { promptLength, promptProblem } from '../state/validation';

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
    <div class="field">
      <div class="row">
        <label class="field-label grow" for="prompt">
          Prompt
        </label>
        <span class={`counter${problem ? ' bad' : ''}`} aria-live="polite">
          {length} / {PROMPT_MAX}
        </span>
      </div>
      <textarea
        id="prompt"
        rows={4}
        value={prompt}
        placeholder="A flat icon of a paper plane, two colours"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'prompt-problem' : undefined}
        onInput={(e) => onChange(e.currentTarget.value)}
        onKeyDown={handleKeyDown}
      />
      {problem && (
        <p id="prompt-problem" role="alert" class="error">
          {problem}
        </p>
      )}
    </div>
  );
}
