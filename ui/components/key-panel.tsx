import { useState } from 'preact/hooks';
import { FOCUS } from '../focus-ids';
import { focusSoon } from '../sets/focus';
import { keyProblem } from '../state/validation';
import { Field, ProblemText } from './field';
import { onEnter } from './on-enter';

export interface KeyPanelProps {
  readonly hasKey: boolean;
  readonly editing: boolean;
  /** Why there is no key to use: refused by the gateway, or none saved (the catalogue's sentence). */
  readonly error?: string;
  readonly onSave: (apiKey: string) => void;
  readonly onForget: () => void;
  readonly onEdit: (editing: boolean) => void;
}

const KEY_HELP = 'Get a key at apiin.one → Dashboard → API keys';

/** The API key: entered once, then only "Key saved" is shown, never the key itself. */
export function KeyPanel(props: KeyPanelProps) {
  if (props.hasKey && !props.editing) {
    return (
      <section class="key-panel">
        <div class="row">
          <span class="key-status grow muted">Key saved</span>
          <button
            id={FOCUS.changeKey}
            type="button"
            class="link"
            onClick={() => {
              focusSoon(FOCUS.key, FOCUS.prompt);
              props.onEdit(true);
            }}
          >
            Change key
          </button>
          <button
            type="button"
            class="link"
            onClick={() => {
              focusSoon(FOCUS.key, FOCUS.prompt);
              props.onForget();
            }}
          >
            Forget key
          </button>
        </div>
        {props.error && <ProblemText>{props.error}</ProblemText>}
      </section>
    );
  }
  return <KeyEntry {...props} />;
}

function KeyEntry(props: KeyPanelProps) {
  const [draft, setDraft] = useState('');
  const [shown, setShown] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const message = problem ?? props.error;

  const handleSave = () => {
    const why = keyProblem(draft);
    setProblem(why);
    if (!why) {
      // The key field goes once saved: the prompt is what comes next.
      focusSoon(FOCUS.prompt);
      props.onSave(draft.trim());
      setDraft('');
    }
  };

  return (
    // Not a <form>: a plugin iframe sandboxed without allow-forms blocks submission.
    <Field label="API key" idBase="api-key" class="field key-panel" hint={KEY_HELP} problem={message}>
      {(control) => (
        <>
          <div class="row">
            <input
              {...control}
              class="grow"
              type={shown ? 'text' : 'password'}
              value={draft}
              autoComplete="off"
              spellcheck={false}
              placeholder="aio_…"
              onInput={(e) => setDraft(e.currentTarget.value)}
              onKeyDown={(e) => onEnter(e, handleSave)}
            />
            <button type="button" class="secondary" aria-pressed={shown} onClick={() => setShown(!shown)}>
              {shown ? 'Hide key' : 'Show key'}
            </button>
          </div>
          <div class="row">
            <button type="button" class="secondary" onClick={handleSave}>
              Save key
            </button>
            {props.hasKey && (
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  focusSoon(FOCUS.changeKey, FOCUS.prompt);
                  props.onEdit(false);
                }}
              >
                Cancel
              </button>
            )}
          </div>
        </>
      )}
    </Field>
  );
}
