/**
 * The sandbox cannot decode images; the browser in this iframe can. When the
 * host's importer cannot read a result (Figma reads no WebP, nor images over
 * 4096 px a side), the sandbox asks here and gets PNG bytes back, scaled down
 * to fit when it says so.
 */
import { fitWithin } from '../../core/images/placed-size';
import type { ConvertedImage } from '../../core/protocol/messages';
import type { Transport } from '../transport/types';

export type ConvertImage = (bytes: Uint8Array, mime: string, maxSide?: number) => Promise<ConvertedImage>;

/** Re-encodes an image as PNG with the browser's own decoders, scaled down to fit `maxSide` if given. */
const toPngAsync: ConvertImage = async (bytes, mime, maxSide) => {
  const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: mime }));
  try {
    const { width, height } =
      maxSide === undefined ? bitmap : fitWithin(bitmap.width, bitmap.height, maxSide);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('PNG encoding failed');
    const png = new Uint8Array(await blob.arrayBuffer());
    return { bytes: png, mime: 'image/png', width, height };
  } finally {
    bitmap.close();
  }
};

/** Answers the sandbox's 'convert-image' requests for as long as the UI lives. */
export function serveImageConversions(transport: Transport, convert: ConvertImage = toPngAsync): () => void {
  return transport.onMessage((message) => {
    if (message.type !== 'convert-image') return;
    const { requestId } = message;
    convert(message.bytes, message.mime, message.maxSide).then(
      (image) => transport.send({ type: 'image-converted', requestId, image }),
      (error: unknown) =>
        transport.send({
          type: 'image-converted',
          requestId,
          // The decoder's own words when it gave any; the sandbox's sentence says the rest.
          error: error instanceof Error && error.message ? error.message : undefined,
        }),
    );
  });
}
