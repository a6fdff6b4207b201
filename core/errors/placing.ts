/** Preparing a result and placing it on the canvas: what the SVG pipeline, the plugin window or the host refused. */
import type { SvgRejection } from '../svg/types';
import type { Entry } from './user-error';

/** Why the SVG pipeline refused a drawing, as the end of "The SVG result was not inserted: …". */
const SVG_REJECTIONS: Readonly<Record<SvgRejection, string>> = {
  'too-large': 'it is too large to insert safely',
  doctype: 'it declares a DOCTYPE, which is refused for safety',
  entity: 'it declares entities, which are refused for safety',
  'not-svg': 'it is not an SVG drawing',
  'too-deep': 'it is nested too deeply to insert safely',
  'too-many-elements': 'it has too many elements to insert safely',
  malformed: 'it is not well-formed',
};

export const payloadUnreadable = {
  code: 'result-unreadable',
  action: 'retry',
  message: 'The result could not be read, so nothing was inserted. Try generating again.',
} satisfies Entry;

export const imageImplausible = {
  code: 'result-unreadable',
  action: 'retry',
  message: (width: number, height: number, maxSide: number) =>
    `The image claims to be ${width}×${height} px, which is not a believable size (1 to ${maxSide} px a side), so it was not inserted.`,
} satisfies Entry;

export const svgRejected = {
  code: 'invalid-svg',
  action: 'retry',
  message: (reason: SvgRejection) =>
    `The SVG result was not inserted: ${SVG_REJECTIONS[reason] ?? 'it could not be read'}. Try generating again.`,
} satisfies Entry;

export const imageUnconverted = {
  code: 'insert-failed',
  action: 'check-history',
  /** `why`: the plugin window's decoder's own words, or that it did not answer. */
  message: (why?: string) =>
    `This image could not be converted for the canvas${why ? ` (${why.slice(0, 120)})` : ''}.`,
} satisfies Entry;

export const imageUnconvertedNoAnswer = {
  code: 'insert-failed',
  action: 'check-history',
  message: 'This image could not be converted for the canvas (the plugin window did not answer).',
} satisfies Entry;

export const hostSvgUnreadable = {
  code: 'insert-failed',
  action: 'retry',
  message: (host: 'Figma' | 'Penpot') =>
    `${host} could not read this SVG, so nothing was inserted. Try generating again.`,
} satisfies Entry;

export const shapeUnfillable = {
  code: 'insert-failed',
  action: 'retry',
  message: 'The shape to fill is gone or cannot take an image fill.',
} satisfies Entry;

export const figmaImageType = {
  code: 'insert-failed',
  action: 'retry',
  message: (mime: string) => `Figma cannot read ${mime} images (PNG, JPEG and GIF only).`,
} satisfies Entry;

export const figmaImageTooLarge = {
  code: 'insert-failed',
  action: 'retry',
  message: (maxSide: number, width: number, height: number) =>
    `Figma takes images up to ${maxSide} px a side; this one is ${width}×${height}.`,
} satisfies Entry;

export const figmaImageUnreadable = {
  code: 'insert-failed',
  action: 'retry',
  message: 'Figma could not read this image, so nothing was inserted.',
} satisfies Entry;

export const penpotImageUpload = {
  code: 'insert-failed',
  action: 'retry',
  message: 'Penpot could not upload this image, so nothing was inserted.',
} satisfies Entry;

export const insertRefused = {
  code: 'insert-failed',
  action: 'retry',
  /** `cause`: the host's own words, when it gave any. */
  message: (cause?: string) => `Could not place the result on the canvas${cause ? ` (${cause})` : ''}.`,
} satisfies Entry;

export const attemptsInterrupted = {
  code: 'insert-failed',
  action: 'retry',
  message: (attempts: number) =>
    `Inserting it was interrupted ${attempts} times (the plugin closed or stopped responding), so it is not tried again by itself.`,
} satisfies Entry;

export const lastAttemptFailed = {
  code: 'insert-failed',
  action: 'retry',
  /** The sentence the last attempt ended with, as the pending record kept it (a sentence from this table). */
  message: (recorded: string) => recorded,
} satisfies Entry;

export const insertPending = {
  code: 'insert-pending',
  action: 'none',
  /** `refused`: why the canvas refused it, when it did; `givenUp`: its attempts ran out. */
  message: (refused: string | undefined, givenUp: boolean) =>
    `${
      refused
        ? `${refused} It could not be kept in History either`
        : "The result couldn't be put on the canvas"
    }, so it stays pending: ${
      givenUp
        ? 'the next time you open the plugin its file is kept in History (it is not inserted again by itself)'
        : 'it will be inserted the next time you open the plugin'
    }.`,
} satisfies Entry;

export const replaceGone = {
  code: 'insert-failed',
  action: 'retry',
  message: 'The layer to regenerate is gone or cannot be replaced, so nothing was replaced.',
} satisfies Entry;
