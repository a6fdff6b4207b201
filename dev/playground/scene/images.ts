/**
 * The document's images: bytes kept by hash (Figma) or media id (Penpot),
 * drawn on the canvas through blob URLs.
 */
import type { ImageHeader } from './image-header';

export interface StoredImage extends ImageHeader {
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly url: string;
}

const images = new Map<string, StoredImage>();

export function storeImage(id: string, bytes: Uint8Array, header: ImageHeader): StoredImage {
  const existing = images.get(id);
  if (existing) return existing;
  const copy = new Uint8Array(bytes);
  const url = URL.createObjectURL(new Blob([copy], { type: header.mime }));
  const image: StoredImage = { ...header, id, bytes: copy, url };
  images.set(id, image);
  return image;
}

export function imageById(id: string | undefined): StoredImage | undefined {
  return id === undefined ? undefined : images.get(id);
}

/** Figma-style content hash: 40 hex digits, the same bytes giving the same hash. */
export function contentHash(bytes: Uint8Array): string {
  // Five FNV-1a lanes with different offsets: not cryptographic, just stable and spread.
  const lanes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35];
  for (let i = 0; i < bytes.length; i++) {
    for (let l = 0; l < lanes.length; l++) lanes[l] = Math.imul(lanes[l]! ^ (bytes[i]! + l), 0x01000193);
  }
  lanes[0] = (lanes[0]! ^ bytes.length) >>> 0;
  return lanes.map((v) => (v >>> 0).toString(16).padStart(8, '0')).join('');
}
