import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { settingsFromForm, type FormState } from '../state/form';
import { setFormSettingsOf, type SetFormState } from '../state/set-form';

const DELAY_MS = 400;

/** The two forms. */
export interface FormsState {
  readonly form: FormState;
  readonly setForm: SetFormState;
}

/**
 * Remembers the designer's choices (model, size per model, batch, vector
 * options; the set form) through the sandbox, a moment after
 * they stop changing them.
 */
export function useSettingsSync(
  settings: Settings,
  forms: FormsState,
  save: (settings: Settings) => void,
): void {
  const next: Settings = {
    ...settingsFromForm(settings, forms.form),
    set: setFormSettingsOf(settings.set, forms.setForm),
  };
  // What the timer saves: the newest settings, the API base included, even if they changed
  // during the delay. Kept after each commit, not written during the render.
  const latest = useRef(next);
  useLayoutEffect(() => {
    latest.current = next;
  });
  // Only the form's part: the API base is saved by its own button.
  const key = JSON.stringify([next.model, next.sizes, next.batch, next.vector, next.set]);
  // What the form looked like on opening is not a change worth a write.
  const last = useRef(key);
  useEffect(() => {
    if (key === last.current) return undefined;
    const timer = setTimeout(() => {
      last.current = key;
      save(latest.current);
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [key, save]);
}
