/**
 * Everything the UI knows besides the form and the task views: what the
 * sandbox told it (settings, selection, history, theme) and the key panel.
 */
import type { HistoryEntry } from '../../core/history/types';
import {
  EMPTY_SELECTION,
  type PluginMessage,
  type SelectionInfo,
  type ThemeName,
  type Thumbnail,
} from '../../core/protocol/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { ChargeNotice } from '../../core/tasks/charge-notices';
import { errorText } from './error-text';
import type { UserError } from '../../core/api/errors';

export interface AppState {
  readonly settings: Settings;
  readonly apiKey: string | null;
  /** The key field is open (no key yet, Change key, or the key was refused). */
  readonly keyEditing: boolean;
  readonly keyError?: string;
  readonly selection: SelectionInfo;
  readonly history: readonly HistoryEntry[];
  readonly thumbnails: Readonly<Record<string, Thumbnail>>;
  readonly palette: readonly string[];
  /** Requests that may have been charged, oldest first, until dismissed. */
  readonly notices: readonly ChargeNotice[];
  readonly theme?: ThemeName;
  /** A sandbox error not tied to a task. */
  readonly banner?: string;
}

export const INITIAL_APP_STATE: AppState = {
  settings: DEFAULT_SETTINGS,
  apiKey: null,
  keyEditing: true,
  selection: EMPTY_SELECTION,
  history: [],
  thumbnails: {},
  palette: [],
  notices: [],
};

export type AppAction =
  | { type: 'message'; message: PluginMessage }
  | { type: 'key-saved'; apiKey: string }
  | { type: 'key-forgotten' }
  | { type: 'key-editing'; editing: boolean }
  | { type: 'key-refused'; error: UserError }
  | { type: 'settings'; settings: Settings }
  | { type: 'banner-closed' }
  | { type: 'notice-added'; notice: ChargeNotice }
  | { type: 'notice-dismissed'; id: string };

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'message':
      return onMessage(state, action.message);
    case 'key-saved':
      return { ...state, apiKey: action.apiKey, keyEditing: false, keyError: undefined };
    case 'key-forgotten':
      return { ...state, apiKey: null, keyEditing: true, keyError: undefined };
    case 'key-editing':
      // Closing the field only makes sense when a key is stored to fall back on.
      return { ...state, keyEditing: action.editing || state.apiKey === null, keyError: undefined };
    case 'key-refused':
      return { ...state, keyEditing: true, keyError: errorText(action.error) };
    case 'settings':
      return { ...state, settings: action.settings };
    case 'banner-closed':
      return { ...state, banner: undefined };
    case 'notice-added':
      return {
        ...state,
        notices: [...state.notices.filter((n) => n.id !== action.notice.id), action.notice],
      };
    case 'notice-dismissed':
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
  }
}

function onMessage(state: AppState, message: PluginMessage): AppState {
  switch (message.type) {
    case 'init':
      return {
        ...state,
        // Checked by the sandbox, every field filled (plugin/read-settings.ts): taken as they are.
        settings: message.settings,
        apiKey: message.apiKey,
        keyEditing: !message.apiKey,
        selection: message.selection,
        // The guard let the message through with every list whole (core/protocol/guard.ts).
        history: message.history,
        palette: message.palette,
        notices: message.notices,
        theme: message.theme ?? state.theme,
      };
    case 'selection':
      return { ...state, selection: message.selection };
    case 'history':
      return {
        ...state,
        history: message.history,
        thumbnails: keepThumbnails(state.thumbnails, message.history),
      };
    case 'thumbnails':
      return { ...state, thumbnails: addThumbnails(state.thumbnails, message.thumbnails) };
    case 'theme':
      return { ...state, theme: message.theme };
    case 'error':
      return { ...state, banner: errorText(message.error) };
    default:
      return state;
  }
}

function addThumbnails(
  known: Readonly<Record<string, Thumbnail>>,
  added: readonly Thumbnail[],
): Record<string, Thumbnail> {
  const next = { ...known };
  for (const thumbnail of added) next[thumbnail.entryId] = thumbnail;
  return next;
}

/** Drops thumbnails of deleted entries so their (possibly large) data is freed. */
function keepThumbnails(
  known: Readonly<Record<string, Thumbnail>>,
  history: readonly HistoryEntry[],
): Record<string, Thumbnail> {
  const ids = new Set(history.map((entry) => entry.id));
  return Object.fromEntries(Object.entries(known).filter(([id]) => ids.has(id)));
}
