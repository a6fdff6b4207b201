/**
 * Re-encodes, through the UI iframe, images the host cannot import: Figma
 * reads PNG, JPEG and GIF only, and gateways may answer in WebP; nor does it
 * take images over 4096 px a side, which are scaled down to fit. The browser
 * in the iframe decodes what the sandbox cannot, so a paid result still lands.
 */
import { PluginError } from '../core/api/errors';
import type { PluginMessageOf, UiMessageOf } from '../core/protocol/messages';
import type { Host, ImageData } from './hosts/host';

interface Waiting {
  readonly ask: PluginMessageOf<'convert-image'>;
  resolve(image: ImageData): void;
  reject(error: PluginError): void;
}

export class ImageConverter {
  private readonly waiting = new Map<string, Waiting>();
  private nextId = 0;

  constructor(private readonly host: Host) {}

  /** The image as the host can import it: unchanged when it can, else re-encoded as PNG (and scaled down to fit) by the UI. */
  readableAsync(image: ImageData): Promise<ImageData> {
    const maxSide = this.host.maxImageSide;
    const tooLarge = maxSide !== undefined && Math.max(image.width, image.height) > maxSide;
    if (this.host.imageMimes.includes(image.mime) && !tooLarge) return Promise.resolve(image);
    const requestId = `convert-${++this.nextId}`;
    return new Promise<ImageData>((resolve, reject) => {
      // No timeout: the UI lives and dies with the sandbox, and a plugin closed mid-way still holds the
      // pending task, which the next open resumes.
      const ask: PluginMessageOf<'convert-image'> = {
        type: 'convert-image',
        requestId,
        bytes: image.bytes,
        mime: image.mime,
        ...(tooLarge ? { maxSide } : {}),
      };
      this.waiting.set(requestId, { ask, resolve, reject });
      this.host.postToUi(ask);
    });
  }

  /** A task resumed at start may ask before the UI listens: ask again once it says it is ready. */
  askAgain(): void {
    for (const { ask } of this.waiting.values()) this.host.postToUi(ask);
  }

  handleConverted(message: UiMessageOf<'image-converted'>): void {
    this.settle(message.requestId, message.image, message.error);
  }

  private settle(requestId: string, image: ImageData | undefined, error: string | undefined): void {
    const waiting = this.waiting.get(requestId);
    if (!waiting) return;
    this.waiting.delete(requestId);
    if (image && image.width > 0 && image.height > 0) return waiting.resolve(image);
    const why = error ? ` (${error.slice(0, 120)})` : '';
    waiting.reject(
      new PluginError({
        code: 'insert-failed',
        action: 'check-history',
        message: `This image could not be converted for the canvas${why}.`,
      }),
    );
  }
}
