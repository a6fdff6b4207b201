/**
 * Small readers for the gateway's loosely shaped JSON: one answer may be
 * wrapped in `{code, message, data}` or flat, so every reader looks at the
 * task's own object first, then outwards.
 */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The objects that may describe the task, innermost first: `data.data`,
 * `data`, `data.task`, the body itself.
 */
export function taskLayers(body: JsonRecord): JsonRecord[] {
  const layers: JsonRecord[] = [body];
  let current: JsonRecord = body;
  for (let depth = 0; depth < 2; depth++) {
    const inner = isRecord(current.data) ? current.data : isRecord(current.task) ? current.task : undefined;
    if (!inner) break;
    layers.unshift(inner);
    current = inner;
  }
  return layers;
}

/** A non-empty trimmed string, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** The first of `keys` holding a non-empty string or a finite number (as text), searched layer by layer. */
export function firstWord(layers: readonly JsonRecord[], keys: readonly string[]): string | undefined {
  for (const layer of layers) {
    for (const key of keys) {
      const value = layer[key];
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      const found = text(value);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first of `keys` holding a non-negative number (or numeric string). */
export function firstNumber(layers: readonly JsonRecord[], keys: readonly string[]): number | undefined {
  for (const layer of layers) {
    for (const key of keys) {
      const value = layer[key];
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof number === 'number' && Number.isFinite(number) && number >= 0) return number;
    }
  }
  return undefined;
}
