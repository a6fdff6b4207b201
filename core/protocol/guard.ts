/**
 * Guards for messages crossing the realm boundary. Penpot forwards every
 * window message to the plugin and Figma's UI may receive stray ones, so
 * anything unknown or malformed is dropped (undefined), never thrown on.
 * A message passes only when every value in it, nested ones included, is
 * what its type claims (value-checks.ts, task-checks.ts): the handlers and
 * the UI's state take it as it is.
 */
import { isUserError } from '../api/errors';
import { isBrandKit } from '../brand/brand-checks';
import { DOCUMENT_PALETTE_MAX } from '../color/document-palette';
import { isHistoryEntry } from '../history/entry-check';
import { isIconSetRecord, isIconSetSpec, isSetSlot, isSwatch } from '../sets/set-checks';
import {
  arrayOf,
  isFiniteNumber as num,
  isObject as obj,
  isString as str,
  oneOf,
  optional,
} from '../shape-checks';
import { isChargeNotice } from '../tasks/charge-notices';
import { isPendingTask } from '../tasks/pending-store';
import type { PluginMessage, PluginToUi, UiMessage, UiToPlugin } from './messages';
import { isConvertedImage, isResultPayload, isTaskMessage, isTaskView } from './task-checks';
import { isFileData, isPrefill, isSelectionInfo, isSettings } from './value-checks';

type Check = (m: Record<string, unknown>) => boolean;

/** Replies that may also be sent unasked carry a requestId only when they answer a request. */
const optStr = optional(str);
const isTheme = oneOf(['light', 'dark']);
const isSetRecords = arrayOf(isIconSetRecord);
/** A palette as typed: a short list of strings (each colour is checked where it is read: readPalette). */
const isPaletteText = (v: unknown): v is string[] => arrayOf(str)(v) && v.length <= DOCUMENT_PALETTE_MAX;
/** The states only the UI saves (accepted comes with track-task, landed with the delivery). */
const isUiItemState = oneOf(['waiting', 'sending', 'failed']);

function isSetItemMessage(m: Record<string, unknown>): boolean {
  return str(m.requestId) && isSetSlot(m) && isUiItemState(m.state) && optional(isUserError)(m.error);
}

const UI_CHECKS: { [K in keyof UiToPlugin]: Check } = {
  'ui-ready': () => true,
  'save-key': (m) => str(m.apiKey),
  'forget-key': () => true,
  'save-settings': (m) => isSettings(m.settings),
  'track-task': (m) => str(m.requestId) && isTaskMessage(m.task),
  'insert-result': (m) => str(m.requestId) && isTaskMessage(m.task) && isResultPayload(m.result),
  'cancel-task': (m) => str(m.taskId),
  'keep-waiting': (m) => str(m.taskId),
  'insert-history': (m) => str(m.entryId),
  'delete-history': (m) => str(m.entryId),
  'undo-delete-history': (m) => str(m.entryId),
  'save-palette': (m) => isPaletteText(m.palette),
  'save-brand-kit': (m) => str(m.requestId) && isBrandKit(m.kit),
  'request-thumbnails': (m) => arrayOf(str)(m.entryIds),
  'export-history': (m) => str(m.requestId) && str(m.entryId),
  'save-notice': (m) => isChargeNotice(m.notice),
  'dismiss-notice': (m) => str(m.id),
  notify: (m) => str(m.message),
  'select-node': (m) => str(m.nodeId),
  resize: (m) => num(m.width) && num(m.height),
  'image-converted': (m) => str(m.requestId) && optional(isConvertedImage)(m.image) && optStr(m.error),
  'start-set': (m) => str(m.requestId) && isIconSetSpec(m.spec),
  'set-item': isSetItemMessage,
  'stop-set': (m) => str(m.setId),
  'dismiss-set': (m) => str(m.setId),
};

const PLUGIN_CHECKS: { [K in keyof PluginToUi]: Check } = {
  init: isInit,
  selection: (m) => isSelectionInfo(m.selection),
  'task-persisted': (m) => str(m.requestId) && str(m.taskId),
  'task-not-saved': (m) => str(m.requestId) && str(m.taskId),
  'task-update': (m) => isTaskView(m.view),
  inserted: (m) => optStr(m.requestId) && str(m.taskId) && str(m.nodeId),
  'insert-failed': (m) => optStr(m.requestId) && str(m.taskId) && isUserError(m.error),
  history: (m) => arrayOf(isHistoryEntry)(m.history),
  'brand-kit': (m) => optStr(m.requestId) && isBrandKit(m.kit),
  thumbnails: (m) => arrayOf(isFileData)(m.thumbnails),
  'history-file': (m) => str(m.requestId) && isFileData(m.file),
  sets: (m) => isSetRecords(m.sets),
  'set-started': (m) => str(m.requestId) && isIconSetRecord(m.set),
  'set-saved': (m) => str(m.requestId),
  theme: (m) => isTheme(m.theme),
  error: (m) => optStr(m.requestId) && isUserError(m.error),
  'convert-image': (m) =>
    str(m.requestId) &&
    m.bytes instanceof Uint8Array &&
    str(m.mime) &&
    (m.maxSide === undefined || (num(m.maxSide) && m.maxSide >= 1)),
};

/** Everything the UI starts from; pending tasks as the sandbox's store accepts them. */
function isInit(m: Record<string, unknown>): boolean {
  return (
    (m.host === 'figma' || m.host === 'penpot') &&
    isSettings(m.settings) &&
    (m.apiKey === null || str(m.apiKey)) &&
    isSelectionInfo(m.selection) &&
    arrayOf(isHistoryEntry)(m.history) &&
    arrayOf(str)(m.palette) &&
    optional(isPaletteText)(m.savedPalette) &&
    arrayOf(isPendingTask)(m.pending) &&
    arrayOf(isChargeNotice)(m.notices) &&
    isSetRecords(m.sets) &&
    arrayOf(isSwatch)(m.swatches) &&
    optional(isPrefill)(m.prefill) &&
    optional(isTheme)(m.theme) &&
    optional(isBrandKit)(m.brandKit)
  );
}

/** Even a hostile value (a throwing getter or proxy) is dropped, never thrown on. */
function guard<T>(checks: Record<string, Check>, value: unknown): T | undefined {
  try {
    if (!obj(value)) return undefined;
    const type = value.type;
    if (!str(type) || !Object.prototype.hasOwnProperty.call(checks, type)) return undefined;
    return checks[type]!(value) ? (value as T) : undefined;
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
