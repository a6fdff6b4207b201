/** penpot.uploadMediaData: Penpot reads the image (type and size) before it keeps it. */
import type { ImageData } from '@penpot/plugin-types';
import { readImageHeader } from '../scene/image-header';
import { SlowStep } from '../runtime/slow-step';
import { imageById, storeImage } from '../scene/images';

const MEDIA_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const uploads = new SlowStep();

/** window.playground.slowInserts: every upload takes this much longer (0: as fast as before). */
export function setUploadDelay(ms: number): void {
  uploads.setDelay(ms);
}

export function uploadMedia(name: string, data: Uint8Array, mimeType: string): Promise<ImageData> {
  return uploads.run(() => uploadNowAsync(name, data, mimeType));
}

async function uploadNowAsync(name: string, data: Uint8Array, mimeType: string): Promise<ImageData> {
  if (!(data instanceof Uint8Array)) throw new Error('uploadMediaData expects a Uint8Array');
  if (!MEDIA_TYPES.has(mimeType)) throw new Error(`Unsupported media type ${mimeType}`);
  const header = readImageHeader(data);
  if (!header || header.mime !== mimeType) throw new Error('The media could not be processed');
  await new Promise((resolve) => setTimeout(resolve, 30)); // an upload is a round trip
  const id = crypto.randomUUID();
  const stored = storeImage(id, data, header);
  return Object.freeze({
    id,
    name: String(name),
    width: stored.width,
    height: stored.height,
    mtype: stored.mime,
    keepAspectRatio: true,
    data: () => Promise.resolve(new Uint8Array(imageById(id)!.bytes)),
  });
}
