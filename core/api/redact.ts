/**
 * The one redaction of secrets from server text. Some upstream errors echo
 * the credentials they were sent, and a hostile gateway may do it on
 * purpose, so every server text is redacted where it enters our error
 * objects and snapshots (server-message.ts, normalise-task.ts, redirect.ts):
 * whatever reaches the UI, a notification, a log or History has been through
 * here. The key is not known everywhere, so key-shaped text is redacted by
 * pattern always, and the exact key too wherever the caller has it.
 *
 * @example
 * redactSecrets('Key aio_live_123456 refused'); // 'Key [key] refused'
 */

const REDACTED = '[key]';

/** Shorter "keys" would blank ordinary words; a real key is far longer. */
const MIN_EXACT_KEY = 6;

/**
 * Gateway keys (`aio_` and key characters, even glued to other words),
 * `Bearer <token>`, and other vendors' key shapes (`sk-…`, `pk-…`).
 */
const KEY_SHAPES: readonly (readonly [RegExp, string])[] = [
  // RFC 6750's token characters, so the punctuation around it survives.
  [/Bearer\s+[A-Za-z0-9._~+/-]+=*/gi, `Bearer ${REDACTED}`],
  // Not ending in a dot: a key that ends a sentence keeps the sentence's full stop.
  [/aio_[A-Za-z0-9._~+/=-]{2,}[A-Za-z0-9_~+/=-]/g, REDACTED],
  [/\b(sk|pk|key)-[A-Za-z0-9_-]{16,}/g, REDACTED],
];

/** `text` with the exact key (as sent, and URL-encoded) and anything key-shaped replaced by `[key]`. */
export function redactSecrets(text: string, apiKey?: string | null): string {
  let out = text;
  const key = apiKey?.trim();
  if (key && key.length >= MIN_EXACT_KEY) {
    for (const form of new Set([key, encodeURIComponent(key)])) out = out.split(form).join(REDACTED);
  }
  for (const [pattern, replacement] of KEY_SHAPES) out = out.replace(pattern, replacement);
  return out;
}
