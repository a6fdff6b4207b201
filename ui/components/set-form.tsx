import { useId, useState } from 'preact/hooks';
import type { Swatch } from '../../core/color/swatch';
import { componentName } from '../../core/sets/names';
import { setCredits } from '../../core/sets/set-cost';
import { focusSoon, setIds } from '../sets/focus';
import {
  setButtonLabel,
  setNeedsConfirmation,
  subjectsOf,
  variantsOf,
  type SetFormAction,
  type SetFormState,
} from '../state/set-form';
import { ConfirmDialog } from './confirm-dialog';
import { NumberField, ProblemText, TextField } from './field';
import { SetLookFields } from './set-look-fields';
import { SetSubjectFields } from './set-subject-fields';
import { MAX_SET_VARIANTS } from '../../core/sets/types';

export interface SetFormProps {
  readonly form: SetFormState;
  readonly dispatch: (action: SetFormAction) => void;
  readonly swatches: readonly Swatch[];
  /** Why Generate set cannot be pressed now. */
  readonly problem?: string;
  readonly starting: boolean;
  /** Why the last press did not start a set. */
  readonly startError?: string;
  /** Starts the set; resolves with its id once the sandbox made it. */
  readonly onStart: () => Promise<string | undefined>;
}

/** Icon set mode: the set's fields, its whole cost on the button, a confirmation above the threshold. */
export function SetForm({ form, dispatch, swatches, problem, starting, startError, onStart }: SetFormProps) {
  const [confirming, setConfirming] = useState(false);
  const reasonId = useId();
  const count = subjectsOf(form).subjects.length;
  const first = subjectsOf(form).subjects[0] ?? 'home';
  const text = (field: 'variantsText' | 'prefix' | 'name') => (value: string) =>
    dispatch({ type: 'text', field, text: value });

  const startAsync = async () => {
    const setId = await onStart();
    // The new set's status line takes the focus; if it did not start, the button keeps it.
    focusSoon(...(setId ? [setIds.heading(setId)] : []), setIds.button);
  };
  const press = () => {
    if (problem || starting) return;
    if (setNeedsConfirmation(form)) setConfirming(true);
    else void startAsync();
  };
  const variants = variantsOf(form);
  const credits = setCredits(count, Number.isInteger(variants) ? variants : 1, form.model);
  const reason = problem ?? (starting ? 'Starting the set…' : undefined);

  return (
    <section class="panel form" aria-label="Icon set">
      <SetSubjectFields form={form} dispatch={dispatch} />
      <SetLookFields form={form} dispatch={dispatch} swatches={swatches} />
      <div class="grid">
        <NumberField
          label="Variants per icon"
          min={1}
          max={MAX_SET_VARIANTS}
          step={1}
          value={form.variantsText}
          onInput={text('variantsText')}
        />
        <TextField
          label="Name prefix"
          value={form.prefix}
          hint={`Components: ${componentName(form.prefix, first)}`}
          onInput={text('prefix')}
        />
        <TextField label="Set name" class="field span-2" value={form.name} onInput={text('name')} />
        <NumberField
          label="Confirm above (credits)"
          class="field span-2"
          min={0}
          step={1}
          value={form.confirmText}
          onInput={(value) => dispatch({ type: 'confirm', text: value })}
        />
      </div>
      <div class="generate">
        <button
          id={setIds.button}
          type="button"
          class="primary"
          // Invalid: disabled. Starting: it keeps the focus, and says why nothing happens.
          disabled={problem !== undefined}
          aria-disabled={starting ? true : undefined}
          aria-describedby={reason ? reasonId : undefined}
          onClick={press}
        >
          {setButtonLabel(form)}
        </button>
        {reason && (
          <p id={reasonId} class="hint">
            {reason}
          </p>
        )}
        {startError && <ProblemText>{startError}</ProblemText>}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Start this set?"
        message={`${count * (Number.isInteger(variants) ? variants : 1)} icons for ${credits} credits, more than the ${form.confirmText} you set to confirm.`}
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
    </section>
  );
}
