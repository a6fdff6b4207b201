/**
 * The sandbox controller, the same for every host: opens the UI, guards
 * what the UI sends (unknown or malformed messages are dropped, never thrown
 * on) and hands each message to its handler. Who may send is the Host
 * adapter's business: it passes on only our own UI's messages (Penpot
 * forwards every window message, so its adapter checks a per-open secret).
 */
import { asUserError } from '../core/api/errors';
import type { UnexpectedContext } from '../core/errors/unexpected';
import { History } from '../core/history/history';
import { asUiMessage } from '../core/protocol/guard';
import type { UiMessage } from '../core/protocol/messages';
import { withRoomFrom } from '../core/storage/make-room';
import { createChargeNoticeStore } from '../core/tasks/charge-notices';
import { createPendingStore } from '../core/tasks/pending-store';
import { ApiKeyCache } from './api-key-cache';
import type { CreateFollower } from './followers/task-follower';
import { createHandlers, type Handlers } from './handlers/create-handlers';
import { sendSelectionAsync } from './handlers/init-handler';
import type { Host } from './hosts/host';
import type { PluginContext } from './plugin-context';
import { ImageConverter } from './image-converter';
import { Placer } from './placement/placer';
import { SetKeeper } from './sets/set-keeper';
import { UiRequests, type SetTimer } from './ui-requests';
import { savedUiSizeAsync } from './ui-size-store';

/** Where a handler failing in a way nobody foresaw was, for the designer (everything else: "in the plugin"). */
const FAILED_WHILE: Partial<Record<UiMessage['type'], UnexpectedContext>> = {
  'save-settings': 'saving-settings',
  'save-key': 'saving-key',
  'forget-key': 'forgetting-key',
  'insert-history': 'history',
  'delete-history': 'history',
  'export-history': 'history',
  'request-thumbnails': 'history',
};

export interface StartOptions {
  /** Who follows tasks: the sandbox runner (Figma) or the UI's, with the sandbox only storing (Penpot). */
  readonly createFollower: CreateFollower;
  /** Time source (a set's start and end); injected by tests. */
  readonly now?: () => number;
  /** Timers of requests to the UI; the host's by default, injected by tests whose host runs every wait at once. */
  readonly requestTimer?: SetTimer;
}

export interface StartedPlugin {
  /** Settles once the key is loaded and pending tasks are resumed (sandbox runner). */
  readonly ready: Promise<void>;
}

export function startPlugin(host: Host, options: StartOptions): StartedPlugin {
  const history = new History(host.storage);
  // Storage full: History's cached files give way (oldest first) to records nothing else could replace.
  const roomy = withRoomFrom(host.storage, () => history.evictOneAsync());
  const requests = new UiRequests(host, options.requestTimer);
  const ctx: PluginContext = {
    host,
    history,
    pending: createPendingStore(roomy),
    notices: createChargeNoticeStore(roomy),
    apiKey: new ApiKeyCache(host.storage),
    placer: new Placer(host),
    // A set's record is what resumes it after a reopen: History's cached files give way to it too.
    sets: new SetKeeper(host, roomy),
    now: options.now ?? (() => Date.now()),
    images: new ImageConverter(host, requests),
    requests,
    deliveries: new Map(),
  };
  const follower = options.createFollower(ctx);
  const handlers = createHandlers(ctx, follower);
  // At the size the designer last left it (per user); nothing is posted before it is shown.
  const shown = savedUiSizeAsync(host.storage).then((size) => host.showUi(size));

  // A failed request is answered so, naming it: its sender stops waiting.
  const report = (error: unknown, failed?: UiMessage) =>
    host.postToUi({
      type: 'error',
      error: asUserError(error, (failed && FAILED_WHILE[failed.type]) ?? 'plugin'),
      ...(failed && 'requestId' in failed ? { requestId: failed.requestId } : {}),
    });
  // Messages wait for the key: a task must not start polling without it.
  // Entries deleted in an earlier run and never undone go now: the plugin closed during their undo window.
  const ready = shown
    .then(() => Promise.all([ctx.apiKey.loadAsync(), history.emptyTrashAsync().catch(() => undefined)]))
    .then(() => follower.resumeAsync())
    .catch(report);

  host.onUiMessage((raw) => {
    const message = asUiMessage(raw);
    if (message) void ready.then(() => dispatchAsync(handlers, message)).catch((e) => report(e, message));
  });
  // Only once the window is shown: a host may refuse a message posted before (Figma).
  void shown.then(() => {
    host.onSelectionChange(() => void sendSelectionAsync(ctx).catch(report));
    host.onThemeChange((theme) => host.postToUi({ type: 'theme', theme }));
  }, report);
  return { ready };
}

function dispatchAsync(handlers: Handlers, message: UiMessage): Promise<void> {
  const handler = handlers[message.type] as (m: UiMessage) => Promise<void> | void;
  return Promise.resolve(handler(message));
}
