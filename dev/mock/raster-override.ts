/**
 * Raster results served as given bytes instead of the mock's own PNG art,
 * e.g. a WebP as some real models return, to exercise the client's handling
 * of formats a host cannot read.
 */
import { isRecord } from './http-util';

export interface RasterOverride {
  readonly bytes: Buffer;
  readonly mime: string;
}

const MIME = /^[a-z]+\/[a-z0-9.+-]+$/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
};

/** The file extension a result URL carries for this type ('bin' when unknown). */
export function extensionFor(mime: string): string {
  return EXTENSIONS[mime.toLowerCase()] ?? 'bin';
}

/** A checked copy of the bytes, or what is wrong with them. */
export function makeRasterOverride(bytes: Uint8Array, mime: string): RasterOverride | string {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) return 'bytes must be a non-empty byte array';
  if (typeof mime !== 'string' || !MIME.test(mime)) return 'mime must be a media type such as "image/webp"';
  return { bytes: Buffer.from(bytes), mime: mime.toLowerCase() };
}

/** POST /__admin/raster-override: {base64, mime} sets it, {clear: true} clears it (null). */
export function parseRasterOverride(body: unknown): RasterOverride | null | string {
  if (!isRecord(body)) return 'Admin bodies are JSON objects';
  if (body.clear === true) return null;
  const { base64, mime } = body;
  if (typeof base64 !== 'string') return 'base64 must be a string (or send {"clear":true})';
  const text = base64.replace(/\s+/g, '');
  if (!BASE64.test(text)) return 'base64 is not valid base64';
  return makeRasterOverride(Buffer.from(text, 'base64'), typeof mime === 'string' ? mime : '');
}
