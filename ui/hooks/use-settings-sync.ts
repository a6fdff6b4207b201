import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { settingsFromForm, type FormState } from '../state/form';

const DELAY_MS = 400;

/**
 * Remembers the designer's choices (model, size per model, batch, vector
 * options) through the sandbox, a moment after they stop changing them.
 */
export function useSettingsSync(
  settings: Settings,
  form: FormState,
  save: (settings: Settings) => void,
): void {
  const next = settingsFromForm(settings, form);
  // What the timer saves: the newest settings, the API base included, even if they changed
  // during the delay. Kept after each commit, not written during the render.
  const latest = useRef(next);
  useLayoutEffect(() => {
    latest.current = next;
  });
  // Only the form's part: the API base is saved by its own button.
  const key = JSON.stringify([next.model, next.sizes, next.batch, next.vector]);
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
