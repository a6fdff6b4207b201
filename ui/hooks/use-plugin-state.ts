import { useLayoutEffect, useReducer, useState } from 'preact/hooks';
import type { PluginMessageOf } from '../../core/protocol/messages';
import { appReducer, INITIAL_APP_STATE, type AppAction, type AppState } from '../state/app-state';
import { formsWithKit } from '../state/brand-defaults';
import { formFromSettings, formReducer, type FormAction, type FormState } from '../state/form';
import {
  setFormFromSettings,
  setFormReducer,
  type FormMode,
  type SetFormAction,
  type SetFormState,
} from '../state/set-form';
import type { Transport } from '../transport/types';

export interface PluginState {
  readonly app: AppState;
  readonly dispatch: (action: AppAction) => void;
  readonly form: FormState;
  readonly formDispatch: (action: FormAction) => void;
  /** Single generation or an icon set. */
  readonly mode: FormMode;
  readonly setMode: (mode: FormMode) => void;
  readonly setForm: SetFormState;
  readonly setFormDispatch: (action: SetFormAction) => void;
}

/** The app and form state, started from 'init' and kept current by the sandbox's messages. */
export function usePluginState(transport: Transport, init: PluginMessageOf<'init'>): PluginState {
  const [app, dispatch] = useReducer(appReducer, INITIAL_APP_STATE, (s) =>
    appReducer(s, { type: 'message', message: init }),
  );
  // The sandbox sends its settings checked (plugin/read-settings.ts), every field filled: taken as they are.
  // The document's brand kit then gives both forms their defaults (the typed palette still wins).
  const [opened] = useState(() => {
    const saved = init.savedPalette ?? [];
    const typed = saved.length > 0;
    // The palette typed in this document before wins over the document's colours (never overwritten).
    const form = formFromSettings(init.settings, typed ? saved : init.palette, init.prefill);
    const setForm = setFormFromSettings(init.settings.set, init.palette, init.settings.vector.palette);
    return init.brandKit ? formsWithKit(form, setForm, init.brandKit, typed) : { form, setForm };
  });
  const [form, formDispatch] = useReducer(formReducer, opened.form);
  // Always Generate on opening: a set in progress shows its status above either form.
  const [mode, setMode] = useState<FormMode>('single');
  const [setForm, setFormDispatch] = useReducer(setFormReducer, opened.setForm);
  // Layout effect: listening before the browser hands over the next message.
  useLayoutEffect(
    () =>
      transport.onMessage((message) => {
        dispatch({ type: 'message', message });
        if (message.type === 'init' && message.prefill)
          formDispatch({ type: 'prefill', prefill: message.prefill });
      }),
    [transport],
  );
  return { app, dispatch, form, formDispatch, mode, setMode, setForm, setFormDispatch };
}
