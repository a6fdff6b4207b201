/**
 * Pulls a readable message out of a gateway error body, redacted of anything
 * that could be the key (redact.ts), so it is safe to show and to log.
 */
import { redactSecrets } from './redact';

const MAX_MESSAGE = 200;

/**
 * The message in `{error: {message}}`, `{error: "…"}`, `{message}`, `{msg}`,
 * `{detail}`, or a plain-text body; HTML error pages give undefined.
 */
export function serverMessage(bodyText: string, apiKey?: string | null): string | undefined {
  const raw = messageIn(bodyText);
  if (!raw) return undefined;
  const oneLine = redactSecrets(raw, apiKey).replace(/\s+/g, ' ').trim();
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
