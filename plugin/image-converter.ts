/**
 * Re-encodes, through the UI iframe, images the host cannot import: Figma
 * reads PNG, JPEG and GIF only, and gateways may answer in WebP; nor does it
 * take images over 4096 px a side, which are scaled down to fit. The browser
 * in the iframe decodes what the sandbox cannot, so a paid result still lands.
 */
import { pluginError } from '../core/api/errors';
import { TIMEOUTS } from '../core/api/timeouts';
import { RequestTimeoutError } from '../core/protocol/request';
import type { Host, ImageData } from './hosts/host';
import type { UiRequests } from './ui-requests';
import { imageUnconverted, imageUnconvertedNoAnswer } from '../core/errors/placing';

export class ImageConverter {
  constructor(
    private readonly host: Host,
    private readonly requests: UiRequests,
  ) {}

  /** The image as the host can import it: unchanged when it can, else re-encoded as PNG (and scaled down to fit) by the UI. */
  async readableAsync(image: ImageData): Promise<ImageData> {
    const maxSide = this.host.maxImageSide;
    const tooLarge = maxSide !== undefined && Math.max(image.width, image.height) > maxSide;
    if (this.host.imageMimes.includes(image.mime) && !tooLarge) return image;
    const ask = { bytes: image.bytes, mime: image.mime, ...(tooLarge ? { maxSide } : {}) };
    let reply;
    try {
      reply = await this.requests.requestAsync('convert-image', ask, { timeoutMs: TIMEOUTS.fileWorkReplyMs });
    } catch (error) {
      if (error instanceof RequestTimeoutError) throw pluginError(imageUnconvertedNoAnswer);
      throw error;
    }
    // The guard let through only a whole PNG with a positive size, or none.
    if (reply.image) return reply.image;
    throw pluginError(imageUnconverted, reply.error);
  }
}
