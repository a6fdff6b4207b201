/**
 * A result as stored in the history cache: JSON-safe (Penpot's localStorage
 * holds JSON text), bytes as base64.
 */
import { fromBase64, toBase64 } from '../bytes/base64';
import { utf8Length } from '../bytes/utf8';
import type { ImageMime } from '../images/image-size';
import type { ResultPayload } from '../tasks/types';

export type CachedResult =
  | { readonly kind: 'svg'; readonly svg: string }
  | {
      readonly kind: 'image';
      readonly mime: ImageMime;
      readonly width: number;
      readonly height: number;
      readonly base64: string;
    };

export function toCached(result: ResultPayload): CachedResult {
  if (result.kind === 'svg') return { kind: 'svg', svg: result.svg };
  const { mime, width, height } = result;
  return { kind: 'image', mime, width, height, base64: toBase64(result.bytes) };
}

/** The payload back, or undefined when the stored value is damaged or from another version. */
export function fromCached(value: unknown): ResultPayload | undefined {
  const cached = value as Partial<Record<string, unknown>> | null;
  if (typeof cached !== 'object' || cached === null) return undefined;
  if (cached.kind === 'svg' && typeof cached.svg === 'string') return { kind: 'svg', svg: cached.svg };
  const mimes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
  if (
    cached.kind !== 'image' ||
    typeof cached.base64 !== 'string' ||
    !mimes.includes(cached.mime as string)
  ) {
    return undefined;
  }
  const { width, height } = cached;
  if (typeof width !== 'number' || typeof height !== 'number') return undefined;
  try {
    const bytes = fromBase64(cached.base64);
    return { kind: 'image', bytes, mime: cached.mime as ImageMime, width, height };
  } catch {
    return undefined;
  }
}

/** Bytes the value takes once JSON-encoded, which is how both hosts count their quota. */
export function storedSize(value: CachedResult): number {
  return utf8Length(JSON.stringify(value));
}
