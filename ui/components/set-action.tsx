import { useState } from 'preact/hooks';
import { focusSoon, setIds } from '../sets/focus';
import { setButtonLabel, setCostOf, setNeedsConfirmation, type SetFormState } from '../state/set-form';
import { ProblemText } from './field';
import { PrimaryAction } from './primary-action';
import { SpendConfirm } from './spend-confirm';

export interface SetActionProps {
  readonly form: SetFormState;
  /** Why Generate set cannot be pressed now. */
  readonly problem?: string;
  readonly starting: boolean;
  /** Why the last press did not start a set. */
  readonly startError?: string;
  /** Starts the set; resolves with its id once the sandbox made it. */
  readonly onStart: () => Promise<string | undefined>;
}

/** Generate set in the footer: the whole cost on the button, a confirmation above the threshold. */
export function SetAction({ form, problem, starting, startError, onStart }: SetActionProps) {
  const [confirming, setConfirming] = useState(false);
  const cost = setCostOf(form);
  const startAsync = async () => {
    const setId = await onStart();
    // The new set's heading takes the focus; if it did not start, the button keeps it.
    focusSoon(...(setId ? [setIds.heading(setId)] : []), setIds.button);
  };
  return (
    <>
      <PrimaryAction
        id={setIds.button}
        label={setButtonLabel(form)}
        reason={problem ?? (starting ? 'Starting the set…' : undefined)}
        note={startError && <ProblemText>{startError}</ProblemText>}
        onPress={() => {
          if (setNeedsConfirmation(form)) setConfirming(true);
          else void startAsync();
        }}
      />
      <SpendConfirm
        open={confirming}
        what={`${cost.subjects * cost.variants} icons`}
        credits={cost.credits}
        threshold={form.confirmText}
        confirmLabel="Start set"
        onCancel={() => {
          setConfirming(false);
          focusSoon(setIds.button);
        }}
        onConfirm={() => {
          setConfirming(false);
          void startAsync();
        }}
      />
    </>
  );
}
