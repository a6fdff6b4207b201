import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { asUserError, type UserError } from '../../core/api/errors';
import { brandKitJson, parseBrandKit } from '../../core/brand/brand-json';
import { prefillBrandKit } from '../../core/brand/prefill';
import type { BrandKit } from '../../core/brand/types';
import type { PluginMessageOf } from '../../core/protocol/messages';
import type { Settings } from '../../core/settings';
import type { GenerationRequest } from '../../core/tasks/types';
import { kitChangeActions, kitFieldsOf, kitFieldsOfForms, type KitFields } from '../state/brand-defaults';
import {
  brandFormError,
  brandFormOf,
  brandFormReducer,
  kitOfBrandForm,
  type BrandKitForm,
  type BrandKitFormAction,
} from '../state/brand-kit-form';
import { brandRequest, type BrandOptions } from '../state/brand-request';
import type { Transport } from '../transport/types';
import { focusSoon } from '../sets/focus';
import type { PluginState } from './use-plugin-state';
import { useSaveSettings } from './use-save-settings';

/** The field the kit's JSON is shown in to copy by hand (its id base: the control is `${base}-control`). */
export const BRAND_COPY_FIELD = 'brand-kit-copy';

/** What the kit panel last did, for its one status line (a problem is an alert, the rest polite). */
type BrandStatus =
  { readonly kind: 'saved' | 'copied' | 'pasted' } | { readonly kind: 'problem'; readonly message: string };

/** A press of Generate the gateway refused for its brand colours, to retry without them. */
export interface ControlsRefusal {
  readonly message: string;
  readonly request: GenerationRequest;
  readonly count: number;
}

/** The app's state and both forms, as usePluginState holds them. */
interface BrandKitDeps extends Pick<
  PluginState,
  'dispatch' | 'form' | 'formDispatch' | 'setForm' | 'setFormDispatch'
> {
  readonly transport: Transport;
  readonly init: PluginMessageOf<'init'>;
  readonly settings: Settings;
}

export interface BrandKitState {
  /** The document's kit as saved; undefined while it has none. */
  readonly saved?: BrandKit;
  /** Generate's Palette as the kit fills it in (not the designer's typing: never saved as theirs). */
  readonly kitPaletteText?: string;
  readonly form: BrandKitForm;
  readonly dispatch: (action: BrandKitFormAction) => void;
  readonly status?: BrandStatus;
  /** The kit's JSON shown to copy by hand when the clipboard refused it. */
  readonly copyText?: string;
  readonly saving: boolean;
  readonly brand: BrandOptions;
  readonly refusal?: ControlsRefusal;
  readonly handleSaveAsync: () => Promise<void>;
  /** A set's brand colours were refused: the option goes off (the icon's own Retry goes without them). */
  readonly handleSetControlsRefused: () => void;
  readonly handleCopyAsync: () => Promise<void>;
  readonly handlePaste: (text: string) => void;
  readonly setOption: (option: 'sendBrandColours' | 'paletteInPrompt', on: boolean) => void;
  /** Shapes a press of Generate's request with what the kit adds. */
  readonly shape: (request: GenerationRequest) => GenerationRequest;
  /** A press of Generate failed: a refusal of the brand colours turns the option off and offers Retry. */
  readonly handleGenerateError: (error: UserError, request: GenerationRequest, count: number) => void;
  readonly clearRefusal: () => void;
}

/**
 * The document's brand kit in the plugin window: its form (prefilled from the
 * document's colours while it has none), Save to brand kit (the sandbox keeps
 * it in the document: save-brand-kit), Copy and Paste as JSON, the two brand
 * options, and the forms' defaults following the kit.
 */
export function useBrandKit(deps: BrandKitDeps): BrandKitState {
  const { transport, init, settings } = deps;
  const [saved, setSaved] = useState<BrandKit | undefined>(init.brandKit);
  const [form, dispatch] = useReducer(brandFormReducer, undefined, () =>
    brandFormOf(init.brandKit ?? prefillBrandKit(init.swatches)),
  );
  const [status, setStatus] = useState<BrandStatus | undefined>(undefined);
  const [copyText, setCopyText] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<ControlsRefusal | undefined>(undefined);
  const saveSettings = useSaveSettings(transport, deps.dispatch);
  // A refusal arrives after the POST: the settings then, not those of the render that pressed Generate.
  const settingsNow = useRef(settings);
  useLayoutEffect(() => {
    settingsNow.current = settings;
  });

  // A kit saved by this window, or sent unasked (as saved), is the document's from now on.
  useLayoutEffect(
    () =>
      transport.onMessage((message) => {
        if (message.type === 'brand-kit') setSaved(message.kit);
      }),
    [transport],
  );

  // The forms' fields as the kit last set them (or as they opened): a field still holding that is untouched.
  const applied = useRef<KitFields | undefined>(undefined);
  applied.current ??= kitFieldsOfForms(deps.form, deps.setForm);
  const current = kitFieldsOfForms(deps.form, deps.setForm);
  const currentRef = useRef(current);
  useLayoutEffect(() => {
    currentRef.current = current;
  });
  const first = useRef(true);
  useEffect(() => {
    // The kit at open is already in the forms (use-plugin-state.ts): only a change is applied here.
    if (first.current) {
      first.current = false;
      return;
    }
    if (!saved) return;
    const next = kitFieldsOf(saved);
    const actions = kitChangeActions(currentRef.current, applied.current!, next);
    applied.current = next;
    for (const action of actions.single) deps.formDispatch(action);
    for (const action of actions.set) deps.setFormDispatch(action);
  }, [saved]);

  const handleSaveAsync = async () => {
    const invalid = brandFormError(form);
    if (invalid) {
      setStatus({ kind: 'problem', message: invalid.message });
      return;
    }
    setSaving(true);
    try {
      const reply = await transport.requestAsync('save-brand-kit', { kit: kitOfBrandForm(form) });
      setSaved(reply.kit);
      dispatch({ type: 'kit', kit: reply.kit });
      setStatus({ kind: 'saved' });
    } catch (caught) {
      setStatus({ kind: 'problem', message: asUserError(caught, 'plugin').message });
    } finally {
      setSaving(false);
    }
  };

  const handleCopyAsync = async () => {
    const invalid = brandFormError(form);
    if (invalid) {
      setStatus({ kind: 'problem', message: invalid.message });
      return;
    }
    const text = brandKitJson(kitOfBrandForm(form));
    try {
      await navigator.clipboard.writeText(text);
      setCopyText(undefined);
      setStatus({ kind: 'copied' });
    } catch {
      // A plugin frame is often refused the clipboard: the text is shown, selected, to copy by hand.
      setCopyText(text);
      setStatus(undefined);
      focusSoon(`${BRAND_COPY_FIELD}-control`);
    }
  };

  const handlePaste = (text: string) => {
    const parsed = parseBrandKit(text);
    if ('error' in parsed) {
      setStatus({ kind: 'problem', message: parsed.error.message });
      return;
    }
    dispatch({ type: 'kit', kit: parsed.kit });
    setStatus({ kind: 'pasted' });
  };

  const setOption = (option: 'sendBrandColours' | 'paletteInPrompt', on: boolean) => {
    if (option === 'sendBrandColours' && on) setRefusal(undefined);
    saveSettings({ ...settingsNow.current, [option]: on });
  };

  const brand: BrandOptions = { kit: saved, settings };
  const handleGenerateError = (error: UserError, request: GenerationRequest, count: number) => {
    if (error.code !== 'controls-refused') return;
    saveSettings({ ...settingsNow.current, sendBrandColours: false });
    setRefusal({ message: error.message, request, count });
  };
  // An icon set's refusal: its failed icon says why and has its own Retry; the option only goes off.
  const handleSetControlsRefused = () => saveSettings({ ...settingsNow.current, sendBrandColours: false });

  return {
    saved,
    kitPaletteText: saved && kitFieldsOf(saved).single.paletteText,
    form,
    dispatch,
    status,
    copyText,
    saving,
    brand,
    refusal,
    handleSetControlsRefused,
    handleSaveAsync,
    handleCopyAsync,
    handlePaste,
    setOption,
    shape: (request) => brandRequest(request, brand),
    handleGenerateError,
    clearRefusal: () => setRefusal(undefined),
  };
}
