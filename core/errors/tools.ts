/** The raster tools (Remove background, Upscale): a source image they cannot use. */
import type { Entry } from './user-error';

export const toolImageUnusable = {
  code: 'bad-request',
  action: 'none',
  message:
    'This image has no gateway file address, so Remove background and Upscale cannot use it. Generate it again to use them.',
} satisfies Entry;

export const toolSourceExpired = {
  code: 'result-expired',
  action: 'none',
  message:
    "The gateway no longer has this image's file (its result links last about 24 hours), so Remove background and Upscale cannot use it. Generate it again to use them.",
} satisfies Entry;
