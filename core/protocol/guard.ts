/**
 * Guards for messages crossing the realm boundary. Penpot forwards every
 * window message to the plugin and Figma's UI may receive stray ones, so
 * anything unknown or malformed is dropped (undefined), never thrown on.
 */
import { isChargeNotice } from '../tasks/charge-notices';
import type { PluginMessage, PluginToUi, UiMessage, UiToPlugin } from './messages';

type Check = (m: Record<string, unknown>) => boolean;

const str = (v: unknown) => typeof v === 'string';
const obj = (v: unknown) => typeof v === 'object' && v !== null;
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
/** Replies that may also be sent unasked carry a requestId only when they answer a request. */
const optStr = (v: unknown) => v === undefined || str(v);
const isTask = (v: unknown) =>
  obj(v) && str((v as { taskId?: unknown }).taskId) && obj((v as { request?: unknown }).request);

const UI_CHECKS: { [K in keyof UiToPlugin]: Check } = {
  'ui-ready': () => true,
  'save-key': (m) => str(m.apiKey),
  'forget-key': () => true,
  'save-settings': (m) => obj(m.settings),
  'track-task': (m) => str(m.requestId) && isTask(m.task),
  'insert-result': (m) =>
    str(m.requestId) && isTask(m.task) && obj(m.result) && str((m.result as { kind?: unknown }).kind),
  'cancel-task': (m) => str(m.taskId),
  'keep-waiting': (m) => str(m.taskId),
  'insert-history': (m) => str(m.entryId),
  'delete-history': (m) => str(m.entryId),
  'request-thumbnails': (m) => Array.isArray(m.entryIds) && m.entryIds.every(str),
  'export-history': (m) => str(m.requestId) && str(m.entryId),
  'save-notice': (m) => isChargeNotice(m.notice),
  'dismiss-notice': (m) => str(m.id),
  notify: (m) => str(m.message),
  'select-node': (m) => str(m.nodeId),
  resize: (m) => num(m.width) && num(m.height),
  'image-converted': (m) =>
    str(m.requestId) &&
    (m.image === undefined || (obj(m.image) && (m.image as { bytes?: unknown }).bytes instanceof Uint8Array)),
};

const PLUGIN_CHECKS: { [K in keyof PluginToUi]: Check } = {
  init: (m) =>
    str(m.host) &&
    obj(m.settings) &&
    obj(m.selection) &&
    Array.isArray(m.pending) &&
    Array.isArray(m.notices) &&
    m.notices.every(isChargeNotice),
  selection: (m) => obj(m.selection),
  'task-persisted': (m) => str(m.requestId) && str(m.taskId),
  'task-not-saved': (m) => str(m.requestId) && str(m.taskId),
  'task-update': (m) => obj(m.view) && str((m.view as { taskId?: unknown }).taskId),
  inserted: (m) => optStr(m.requestId) && str(m.taskId) && str(m.nodeId),
  'insert-failed': (m) => optStr(m.requestId) && str(m.taskId) && obj(m.error),
  history: (m) => Array.isArray(m.history),
  thumbnails: (m) => Array.isArray(m.thumbnails),
  'history-file': (m) => str(m.requestId) && isResultFile(m.file),
  theme: (m) => m.theme === 'light' || m.theme === 'dark',
  error: (m) => optStr(m.requestId) && obj(m.error),
  'convert-image': (m) =>
    str(m.requestId) &&
    m.bytes instanceof Uint8Array &&
    str(m.mime) &&
    (m.maxSide === undefined || (num(m.maxSide) && (m.maxSide as number) >= 1)),
};

function isResultFile(v: unknown): boolean {
  const f = v as Record<string, unknown> | null;
  return (
    obj(f) && str(f!.entryId) && (f!.kind === 'svg' || f!.kind === 'image') && str(f!.data) && str(f!.mime)
  );
}

/** Even a hostile value (a throwing getter or proxy) is dropped, never thrown on. */
function guard<T>(checks: Record<string, Check>, value: unknown): T | undefined {
  try {
    if (!obj(value)) return undefined;
    const message = value as Record<string, unknown>;
    const type = message.type;
    if (!str(type) || !Object.prototype.hasOwnProperty.call(checks, type as string)) return undefined;
    return checks[type as string]!(message) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/** A message from the UI, or undefined when it is not one of ours. */
export function asUiMessage(value: unknown): UiMessage | undefined {
  return guard<UiMessage>(UI_CHECKS, value);
}

/** A message from the sandbox, or undefined when it is not one of ours. */
export function asPluginMessage(value: unknown): PluginMessage | undefined {
  return guard<PluginMessage>(PLUGIN_CHECKS, value);
}
