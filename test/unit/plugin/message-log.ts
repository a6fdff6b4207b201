/** Messages the sandbox posted to the UI, with a way to wait for the next of a kind. */
import type { PluginMessage } from '../../../core/protocol/messages';

type Of<K extends PluginMessage['type']> = Extract<PluginMessage, { type: K }>;
type Waiter = { type: PluginMessage['type']; from: number; resolve: (m: PluginMessage) => void };

export class MessageLog {
  readonly messages: PluginMessage[] = [];
  private waiters: Waiter[] = [];

  push(message: PluginMessage): void {
    // Structured clone, as across the realm boundary: nothing shared by reference.
    const copy = structuredClone(message);
    this.messages.push(copy);
    const index = this.messages.length - 1;
    const ready = this.waiters.filter((w) => w.type === copy.type && w.from <= index);
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(copy);
  }

  /** The first message of `type` posted at or after index `from` (default: any so far). */
  waitFor<K extends PluginMessage['type']>(type: K, from = 0): Promise<Of<K>> {
    const found = this.messages.slice(from).find((m) => m.type === type);
    if (found) return Promise.resolve(found as Of<K>);
    return new Promise((resolve) => {
      this.waiters.push({ type, from, resolve: resolve as (m: PluginMessage) => void });
    });
  }

  ofType<K extends PluginMessage['type']>(type: K): Of<K>[] {
    return this.messages.filter((m) => m.type === type) as Of<K>[];
  }
}
