/**
 * The one check of a brand kit's content: the kit form runs it before Save
 * and shows the error it returns, and a pasted kit passes it before it is
 * taken. Fields are checked in the form's order, so the first error is the
 * one nearest the top.
 */
import type { UserError } from '../api/errors';
import { normaliseHex } from '../color/hex';
import {
  brandColourInvalid,
  brandModelOutput,
  brandPaletteTooMany,
  brandRoleDuplicate,
  brandRoleEmpty,
  brandRoleTooLong,
  brandStyleTooLong,
} from '../errors/brand';
import { userError } from '../errors/user-error';
import { modelById } from '../models/catalogue';
import { prefixError } from '../sets/names';
import { iconLookError } from '../sets/set-spec';
import {
  BRAND_PALETTE_MAX,
  BRAND_ROLE_MAX_CHARS,
  BRAND_STYLE_MAX_CHARS,
  type BrandColour,
  type BrandKit,
} from './types';

export function validateBrandKit(kit: BrandKit): UserError | undefined {
  return (
    paletteError(kit.palette) ??
    styleError(kit.styleWords) ??
    iconError(kit) ??
    prefixError(kit.prefix) ??
    modelError(kit)
  );
}

function paletteError(palette: readonly BrandColour[]): UserError | undefined {
  if (palette.length > BRAND_PALETTE_MAX) {
    return userError(brandPaletteTooMany, palette.length, BRAND_PALETTE_MAX);
  }
  const seen = new Set<string>();
  for (const [index, colour] of palette.entries()) {
    const position = index + 1;
    const role = colour.role.trim();
    if (role === '') return userError(brandRoleEmpty, position);
    if (role.length > BRAND_ROLE_MAX_CHARS)
      return userError(brandRoleTooLong, position, BRAND_ROLE_MAX_CHARS);
    // Roles name colours (the prompt's words, the background for the model): one colour per role.
    const key = role.toLowerCase();
    if (seen.has(key)) return userError(brandRoleDuplicate, role);
    seen.add(key);
    if (normaliseHex(colour.hex) === undefined) return userError(brandColourInvalid, position, role);
  }
  return undefined;
}

function styleError(styleWords: string): UserError | undefined {
  const length = styleWords.trim().length;
  return length > BRAND_STYLE_MAX_CHARS
    ? userError(brandStyleTooLong, length, BRAND_STYLE_MAX_CHARS)
    : undefined;
}

/** The same icon size and padding rules as an icon set's (core/sets/set-spec.ts). */
function iconError({ icon }: BrandKit): UserError | undefined {
  return iconLookError(icon.size, icon.padding);
}

function modelError(kit: BrandKit): UserError | undefined {
  if (modelById(kit.vectorModel).output !== 'vector') return userError(brandModelOutput, 'vector');
  if (modelById(kit.rasterModel).output !== 'raster') return userError(brandModelOutput, 'raster');
  return undefined;
}
