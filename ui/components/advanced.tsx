import { useEffect, useId, useState } from 'preact/hooks';
import { normaliseApiBase } from '../../core/api/api-base';
import { DEFAULT_API_BASE } from '../../core/settings';
import { apiBaseProblem } from '../state/validation';
import { Field, NumberField } from './field';
import { onEnter } from './on-enter';

export interface AdvancedProps {
  readonly apiBase: string;
  readonly onSave: (apiBase: string) => void;
  /** The spend above which Generate and Generate set ask first, as typed. */
  readonly confirmText: string;
  readonly onConfirmText: (text: string) => void;
}

/** The API base URL: the gateway by default, the mock server in the playground. */
export function Advanced({ apiBase, onSave, confirmText, onConfirmText }: AdvancedProps) {
  const [draft, setDraft] = useState(apiBase);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const noteId = useId();
  useEffect(() => setDraft(apiBase), [apiBase]);

  const handleSave = () => {
    const why = apiBaseProblem(draft);
    setProblem(why);
    const url = normaliseApiBase(draft);
    if (why || !url) return;
    setDraft(url);
    onSave(url);
    setSaved(true);
  };

  return (
    <details class="advanced">
      <summary>Advanced</summary>
      <NumberField
        label="Confirm above (credits)"
        min={0}
        step={1}
        value={confirmText}
        hint="Generate and Generate set ask first when a press costs more."
        onInput={onConfirmText}
      />
      {/* Not a <form>: a plugin iframe sandboxed without allow-forms blocks submission. */}
      <div>
        {/* Block flow, no gaps, as the panel has always looked; the note after the problem describes it too. */}
        <Field label="API base URL" class="" problem={problem} describedBy={noteId}>
          {(control) => (
            <>
              <input
                {...control}
                type="url"
                value={draft}
                spellcheck={false}
                placeholder={DEFAULT_API_BASE}
                onInput={(e) => {
                  setDraft(e.currentTarget.value);
                  setSaved(false);
                }}
                onKeyDown={(e) => onEnter(e, handleSave)}
              />
              <div class="row">
                <button type="button" class="secondary" onClick={handleSave}>
                  Save API base URL
                </button>
                {saved && (
                  <span class="hint" role="status">
                    Saved
                  </span>
                )}
              </div>
            </>
          )}
        </Field>
        <p id={noteId} class="hint">
          Your key is sent only to this address.
        </p>
      </div>
    </details>
  );
}
