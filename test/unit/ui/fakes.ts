/** Test doubles for the UI: a window pair and a transport wired to a scripted sandbox. */
import type { PluginMessage, UiMessage } from '../../../core/protocol/messages';
import { requestsOver } from '../../../ui/transport/request';
import type { MessageEventLike, MessageSource, MessageTarget, Transport } from '../../../ui/transport/types';
import type { GenerationRequest, PendingTask } from '../../../core/tasks/types';
import { DEFAULT_VECTOR_OPTIONS } from '../../../core/tasks/types';

type Listener = (event: MessageEventLike) => void;

/** Stands for window.parent (target) and window (source). */
export class FakeWindow implements MessageTarget, MessageSource {
  readonly posted: { message: unknown; origin: string }[] = [];
  private readonly listeners = new Set<Listener>();

  postMessage(message: unknown, targetOrigin: string): void {
    this.posted.push({ message, origin: targetOrigin });
  }
  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }
  /** A message event arriving in the iframe, posted by `source` (the parent, or any other frame). */
  dispatch(data: unknown, source: unknown): void {
    for (const listener of [...this.listeners]) listener({ data, source });
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
}

/** A transport whose other end is `sandbox`, called with every message the UI sends. */
export class FakeTransport implements Transport {
  readonly sent: UiMessage[] = [];
  sandbox: (message: UiMessage) => void = () => undefined;
  private readonly handlers = new Set<(message: PluginMessage) => void>();
  /** The real pairing, over this fake's send and onMessage. */
  readonly requestAsync = requestsOver(this);

  send(message: UiMessage): void {
    this.sent.push(message);
    this.sandbox(message);
  }
  onMessage(handler: (message: PluginMessage) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }
  /** The sandbox posts to the UI. */
  deliver(message: PluginMessage): void {
    for (const handler of [...this.handlers]) handler(message);
  }
  sentOf<K extends UiMessage['type']>(type: K): Extract<UiMessage, { type: K }>[] {
    return this.sent.filter((m): m is Extract<UiMessage, { type: K }> => m.type === type);
  }
  get handlerCount(): number {
    return this.handlers.size;
  }
}

export function request(overrides: Partial<GenerationRequest> = {}): GenerationRequest {
  return {
    model: 'recraft-v4-text-to-vector',
    prompt: 'a paper plane icon',
    size: '1024x1024',
    vector: DEFAULT_VECTOR_OPTIONS,
    target: { kind: 'viewport' },
    ...overrides,
  };
}

export function pendingTask(taskId: string, overrides: Partial<PendingTask> = {}): PendingTask {
  return {
    taskId,
    request: request(),
    createdAt: 1_000,
    deadlineAt: 1_000 + 60_000,
    ...overrides,
  };
}

/** Lets queued promise callbacks run. */
export async function flushAsync(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}
