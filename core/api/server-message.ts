/**
 * Pulls a readable message out of a gateway error body and scrubs anything
 * that could be the key, so it is safe to show and to log.
 */

const MAX_MESSAGE = 200;

/** Replaces API keys (aio_…), Bearer values and the given key itself. */
export function scrubSecrets(text: string, apiKey?: string | null): string {
  let out = text;
  if (apiKey && apiKey.length >= 4) out = out.split(apiKey).join('[key]');
  return out
    .replace(/Bearer\s+[^\s"',;]+/gi, 'Bearer [key]')
    .replace(/\baio_[A-Za-z0-9._~+/=-]{3,}/g, '[key]')
    .replace(/\b(sk|pk|key)-[A-Za-z0-9_-]{16,}/g, '[key]');
}

/**
 * The message in `{error: {message}}`, `{error: "…"}`, `{message}`, `{msg}`,
 * `{detail}`, or a plain-text body; HTML error pages give undefined.
 */
export function serverMessage(bodyText: string, apiKey?: string | null): string | undefined {
  const raw = messageIn(bodyText);
  if (!raw) return undefined;
  const oneLine = scrubSecrets(raw, apiKey).replace(/\s+/g, ' ').trim();
  if (!oneLine) return undefined;
  return oneLine.length > MAX_MESSAGE ? `${oneLine.slice(0, MAX_MESSAGE - 1)}…` : oneLine;
}

function messageIn(bodyText: string): string | undefined {
  const text = bodyText.trim();
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return /^<(!doctype|html|\?xml|head|body)/i.test(text) ? undefined : text;
  }
  return messageOf(parsed);
}

function messageOf(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || depth > 3) return undefined;
  if (Array.isArray(value)) return messageOf(value[0], depth + 1);
  const record = value as Record<string, unknown>;
  for (const key of ['error', 'message', 'msg', 'detail', 'error_message', 'errors']) {
    const found = messageOf(record[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
