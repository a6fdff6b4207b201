/** What the sandbox's handlers share: the host and the stores behind it. */
import type { History } from '../core/history/history';
import type { ChargeNoticeStore } from '../core/tasks/charge-notices';
import type { PendingTaskStore } from '../core/tasks/runner-types';
import type { ApiKeyCache } from './api-key-cache';
import type { Host } from './hosts/host';
import type { ImageConverter } from './image-converter';
import type { Placer } from './placement/placer';
import type { SetKeeper } from './sets/set-keeper';
import type { UiRequests } from './ui-requests';

export interface PluginContext {
  readonly host: Host;
  readonly history: History;
  /** Writes make room first: History's cached files give way to a charged task's record. */
  readonly pending: PendingTaskStore;
  /** Requests that may have been charged, kept until the designer dismisses them. */
  readonly notices: ChargeNoticeStore;
  readonly apiKey: ApiKeyCache;
  /** Where new nodes go: free spots, batch rows (plugin/placement/). */
  readonly placer: Placer;
  /** Icon set records, changed one at a time. */
  readonly sets: SetKeeper;
  readonly now: () => number;
  readonly images: ImageConverter;
  /** Requests to the UI awaiting its answer (image conversions). */
  readonly requests: UiRequests;
  /**
   * Deliveries in flight or settled in this session, by task id, so a result
   * handed over twice (resume racing a late answer) is inserted once, and one
   * kept in History is not run through the pipeline again.
   */
  readonly deliveries: Map<string, Promise<string>>;
}
