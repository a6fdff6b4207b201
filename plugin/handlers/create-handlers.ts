/** One small handler per UI message; start-plugin only guards and dispatches. */
import type { UiMessageOf, UiToPlugin } from '../../core/protocol/messages';
import { toastText } from '../../core/toast-text';
import type { PluginContext } from '../plugin-context';
import { deliverOrReportAsync, type TaskFollower } from '../followers/task-follower';
import {
  deleteHistoryAsync,
  exportHistoryAsync,
  insertHistoryAsync,
  sendThumbnailsAsync,
  undoDeleteHistoryAsync,
} from './history-handlers';
import { saveDocumentPaletteAsync } from '../document-palette';
import { saveBrandKitAsync } from '../brand-kit';
import { uiResizer } from '../ui-size-store';
import { sendInitAsync } from './init-handler';
import { forgetKeyAsync, saveKeyAsync, saveSettingsAsync } from './settings-handlers';
import {
  acceptSetItemAsync,
  dismissSetAsync,
  setItemAsync,
  startSetAsync,
  stopSetAsync,
} from '../sets/set-handlers';

export type Handlers = { [K in keyof UiToPlugin]: (message: UiMessageOf<K>) => Promise<void> | void };

export function createHandlers(ctx: PluginContext, follower: TaskFollower): Handlers {
  const { host } = ctx;
  const resizeUi = uiResizer(host);
  return {
    'ui-ready': async () => {
      await sendInitAsync(ctx, follower);
      ctx.requests.askAgain();
    },
    // A task that stopped on a refused key kept its record: a new key picks it up again.
    'save-key': async (m) => {
      await saveKeyAsync(ctx, m.apiKey);
      await follower.resumeAsync();
    },
    'forget-key': () => forgetKeyAsync(ctx),
    'save-settings': (m) => saveSettingsAsync(ctx, m.settings),
    // Unsaved (storage full even after History gave way), the task still runs: the UI warns to stay open.
    'track-task': async (m) => {
      const saved = await follower.trackAsync(m.task);
      // A set's icon is accepted in its record once its pending record exists (what a reopen resumes).
      await acceptSetItemAsync(ctx, m.task);
      host.postToUi({
        type: saved ? 'task-persisted' : 'task-not-saved',
        requestId: m.requestId,
        taskId: m.task.taskId,
      });
    },
    // The UI learns the outcome from 'inserted' or 'insert-failed', both sent on the way.
    'insert-result': (m) =>
      deliverOrReportAsync(ctx, m.task, m.result, m.requestId).then(
        () => undefined,
        () => undefined,
      ),
    'cancel-task': (m) => follower.cancelAsync(m.taskId),
    'keep-waiting': (m) => follower.keepWaiting(m.taskId),
    'insert-history': (m) => insertHistoryAsync(ctx, m.entryId),
    'delete-history': (m) => deleteHistoryAsync(ctx, m.entryId),
    'undo-delete-history': (m) => undoDeleteHistoryAsync(ctx, m.entryId),
    'save-palette': (m) => saveDocumentPaletteAsync(host, m.palette),
    // Refused (an invalid kit, no file open): start-plugin answers the request with 'error' saying why.
    'save-brand-kit': async (m) => {
      const kit = await saveBrandKitAsync(host, m.kit);
      host.postToUi({ type: 'brand-kit', kit, requestId: m.requestId });
    },
    'request-thumbnails': (m) => sendThumbnailsAsync(ctx, m.entryIds),
    'export-history': (m) => exportHistoryAsync(ctx, m.entryId, m.requestId),
    'save-notice': (m) => ctx.notices.saveAsync(m.notice),
    'dismiss-notice': (m) => ctx.notices.removeAsync(m.id),
    notify: (m) => host.notify(toastText(m.message), { error: m.error === true }),
    'select-node': (m) => host.focusAsync(m.nodeId),
    'image-converted': (m) => ctx.requests.receive(m),
    'start-set': (m) => startSetAsync(ctx, m.spec, m.requestId),
    'set-item': (m) => setItemAsync(ctx, m),
    'stop-set': (m) => stopSetAsync(ctx, m.setId),
    'dismiss-set': (m) => dismissSetAsync(ctx, m.setId),
    resize: (m) => resizeUi(m.width, m.height),
  };
}
