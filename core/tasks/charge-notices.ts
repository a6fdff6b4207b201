/**
 * Notices of generation requests that may have been charged: the POST was
 * sent but its answer was lost, so there is no task to follow and the
 * request is never sent again. The designer must check their dashboard, so
 * a notice outlives the plugin: it stays in the sandbox's storage (one key
 * per notice) until the designer dismisses it. It holds the prompt, model,
 * time and reason, never the key.
 */
import { isModelId, PROMPT_MAX, type ModelId } from '../models/catalogue';
import { STORE_KEYS, type KeyValueStore } from '../storage/store';

export interface ChargeNotice {
  /** The UI's id for the request (there is no task id). */
  readonly id: string;
  readonly prompt: string;
  readonly model: ModelId;
  /** When Generate was pressed. */
  readonly createdAt: number;
  /** The designer-facing sentence saying why it may have been charged. */
  readonly reason: string;
}

/** Kept at most; the oldest give way first (a designer with this many has long checked the dashboard). */
export const MAX_CHARGE_NOTICES = 20;
const MAX_ID = 100;
const MAX_REASON = 1000;

/** The one check of a notice's shape, for the message guard and for what storage gives back. */
export function isChargeNotice(value: unknown): value is ChargeNotice {
  const n = value as Partial<Record<keyof ChargeNotice, unknown>> | null;
  return (
    typeof n === 'object' &&
    n !== null &&
    typeof n.id === 'string' &&
    n.id.length > 0 &&
    n.id.length <= MAX_ID &&
    typeof n.prompt === 'string' &&
    n.prompt.length <= PROMPT_MAX &&
    isModelId(n.model) &&
    typeof n.createdAt === 'number' &&
    Number.isFinite(n.createdAt) &&
    typeof n.reason === 'string' &&
    n.reason.length <= MAX_REASON
  );
}

export interface ChargeNoticeStore {
  /** Saves only the notice's own fields (nothing else a message carried). */
  saveAsync(notice: ChargeNotice): Promise<void>;
  removeAsync(id: string): Promise<void>;
  /** Oldest first; damaged records are skipped. */
  listAsync(): Promise<ChargeNotice[]>;
}

export function createChargeNoticeStore(store: KeyValueStore): ChargeNoticeStore {
  const keyOf = (id: string) => STORE_KEYS.chargeNoticePrefix + id;
  const listAsync = async () => {
    const keys = (await store.keysAsync()).filter((k) => k.startsWith(STORE_KEYS.chargeNoticePrefix));
    const values = await Promise.all(keys.map((key) => store.getAsync<unknown>(key)));
    return values.filter(isChargeNotice).sort((a, b) => a.createdAt - b.createdAt);
  };
  return {
    async saveAsync({ id, prompt, model, createdAt, reason }) {
      await store.setAsync(keyOf(id), { id, prompt, model, createdAt, reason });
      const all = await listAsync();
      for (const old of all.slice(0, Math.max(0, all.length - MAX_CHARGE_NOTICES))) {
        await store.deleteAsync(keyOf(old.id));
      }
    },
    removeAsync: (id) => store.deleteAsync(keyOf(id)),
    listAsync,
  };
}
