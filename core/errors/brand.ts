/**
 * The brand kit: its form, kit JSON pasted from another file, keeping it in the
 * document, and brand colours sent to the model (`controls`, not documented by
 * the gateway).
 */
import type { Entry } from './user-error';

/** What each field of a pasted brand kit must be (core/brand/brand-json.ts names the first that is not). */
const BRAND_FIELD_RULES = {
  kit: 'it must be a JSON object, as Copy brand kit makes it',
  version: 'it must be the number 1',
  palette: 'it must be a list of colours, each {"role": "primary", "hex": "#4f46e5"}',
  styleWords: 'it must be text',
  icon: 'it must be {"size": 24, "padding": 2, "colourMode": "keep" | "mono" | "palette"}',
  prefix: 'it must be text',
  vectorModel: 'it must be the id of a model that makes vector images',
  rasterModel: 'it must be the id of a model that makes raster images',
} as const;

/** @public A brand kit's field, as a pasted kit's error names it. */
export type BrandKitField = keyof typeof BRAND_FIELD_RULES;

export const controlsRefused = {
  code: 'controls-refused',
  action: 'retry',
  message:
    'The gateway refused the brand colours (it does not take the "controls" field), so nothing was generated and nothing was charged. "Send brand colours to the model" is now off: generate again without it.',
} satisfies Entry;

export const brandJsonTooLarge = {
  code: 'bad-request',
  action: 'none',
  message: (chars: number, max: number) =>
    `This brand kit text is too long (${chars} characters; at most ${max}). Paste the text Copy brand kit made; nothing was changed.`,
} satisfies Entry;

export const brandJsonUnreadable = {
  code: 'bad-request',
  action: 'none',
  message:
    'This is not brand kit JSON (it could not be read as JSON). Paste the text Copy brand kit made; nothing was changed.',
} satisfies Entry;

export const brandFieldInvalid = {
  code: 'bad-request',
  action: 'none',
  message: (field: BrandKitField) =>
    `This brand kit's ${field === 'kit' ? 'text' : `"${field}"`} is not valid: ${BRAND_FIELD_RULES[field]}. Nothing was changed.`,
} satisfies Entry;

export const brandPaletteTooMany = {
  code: 'bad-request',
  action: 'none',
  message: (count: number, max: number) =>
    `A brand kit holds at most ${max} colours (this one has ${count}). Remove some.`,
} satisfies Entry;

export const brandRoleEmpty = {
  code: 'bad-request',
  action: 'none',
  message: (position: number) => `Colour ${position} of the brand kit needs a role name (primary, accent…).`,
} satisfies Entry;

export const brandRoleTooLong = {
  code: 'bad-request',
  action: 'none',
  message: (position: number, max: number) =>
    `The role name of colour ${position} is too long (at most ${max} characters).`,
} satisfies Entry;

export const brandRoleDuplicate = {
  code: 'bad-request',
  action: 'none',
  message: (role: string) => `Two colours of the brand kit have the role "${role}": give each its own.`,
} satisfies Entry;

export const brandColourInvalid = {
  code: 'bad-request',
  action: 'none',
  message: (position: number, role: string) =>
    `Colour ${position} ("${role}") of the brand kit is not a hex colour such as #4f46e5.`,
} satisfies Entry;

export const brandStyleTooLong = {
  code: 'bad-request',
  action: 'none',
  message: (length: number, max: number) =>
    `The brand kit's style words are too long (${length} characters; at most ${max}).`,
} satisfies Entry;

export const brandModelOutput = {
  code: 'bad-request',
  action: 'none',
  message: (kind: 'vector' | 'raster') =>
    `The brand kit's preferred ${kind} model must be one that makes ${kind} images.`,
} satisfies Entry;

export const documentUnwritable = {
  code: 'unexpected',
  action: 'retry',
  message: 'The palette could not be kept in this file (no file is open). It is used for now but not saved.',
} satisfies Entry;

/** Issue 13: the brand kit lives in the document; a host that has no file open cannot keep it. */
export const brandKitUnwritable = {
  code: 'unexpected',
  action: 'retry',
  message: 'The brand kit could not be kept in this file (no file is open). Nothing was saved.',
} satisfies Entry;
