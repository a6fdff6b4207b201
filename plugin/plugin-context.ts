/** What the sandbox's handlers share: the host and the stores behind it. */
import type { History } from '../core/history/history';
import type { PendingTaskStore } from '../core/tasks/runner-types';
import type { ApiKeyCache } from './api-key-cache';
import type { Host } from './hosts/host';
import type { ImageConverter } from './image-converter';
import type { Stagger } from './stagger';

export interface PluginContext {
  readonly host: Host;
  readonly history: History;
  readonly pending: PendingTaskStore;
  readonly apiKey: ApiKeyCache;
  readonly stagger: Stagger;
  readonly images: ImageConverter;
  /**
   * Deliveries in flight or done in this session, by task id, so a result
   * handed over twice (resume racing a late answer) is inserted once.
   */
  readonly deliveries: Map<string, Promise<string>>;
}
