/**
 * The brand kit form: the document's kit as the designer edits it, numbers
 * kept as typed until checked. What Save sends is built here and checked by
 * the one rule (core/brand/validate.ts validateBrandKit); nothing reaches the
 * document until Save to brand kit is pressed.
 */
import type { UserError } from '../../core/api/errors';
import { validateBrandKit } from '../../core/brand/validate';
import {
  BRAND_KIT_VERSION,
  BRAND_PALETTE_MAX,
  BRAND_ROLES,
  type BrandColour,
  type BrandKit,
} from '../../core/brand/types';
import type { ModelId } from '../../core/models/catalogue';
import type { SetColourMode, SetIconSize } from '../../core/sets/types';

export interface BrandKitForm {
  readonly palette: readonly BrandColour[];
  readonly styleWords: string;
  readonly iconSize: SetIconSize;
  readonly paddingText: string;
  readonly colourMode: SetColourMode;
  readonly prefix: string;
  readonly vectorModel: ModelId;
  readonly rasterModel: ModelId;
}

export type BrandKitFormAction =
  | { type: 'role'; index: number; role: string }
  | { type: 'hex'; index: number; hex: string }
  | { type: 'add-colour' }
  | { type: 'remove-colour'; index: number }
  | { type: 'text'; field: 'styleWords' | 'paddingText' | 'prefix'; text: string }
  | { type: 'icon-size'; size: SetIconSize }
  | { type: 'colour-mode'; mode: SetColourMode }
  | { type: 'model'; field: 'vectorModel' | 'rasterModel'; model: ModelId }
  /** A kit as a whole: the document's (saved, or another session's) or one pasted. */
  | { type: 'kit'; kit: BrandKit };

/** A new colour's hex until the designer picks one. */
const NEW_COLOUR_HEX = '#000000';

export function brandFormOf(kit: BrandKit): BrandKitForm {
  return {
    palette: kit.palette,
    styleWords: kit.styleWords,
    iconSize: kit.icon.size,
    paddingText: String(kit.icon.padding),
    colourMode: kit.icon.colourMode,
    prefix: kit.prefix,
    vectorModel: kit.vectorModel,
    rasterModel: kit.rasterModel,
  };
}

/** The kit the form says, as typed (trimmed); validateBrandKit says whether it may be saved. */
export function kitOfBrandForm(form: BrandKitForm): BrandKit {
  const padding = form.paddingText.trim();
  return {
    version: BRAND_KIT_VERSION,
    palette: form.palette.map((c) => ({ role: c.role.trim(), hex: c.hex.trim().toLowerCase() })),
    styleWords: form.styleWords.trim(),
    icon: {
      size: form.iconSize,
      padding: padding === '' ? NaN : Number(padding),
      colourMode: form.colourMode,
    },
    prefix: form.prefix.trim(),
    vectorModel: form.vectorModel,
    rasterModel: form.rasterModel,
  };
}

/** Why the form cannot be saved or copied, or undefined. */
export function brandFormError(form: BrandKitForm): UserError | undefined {
  return validateBrandKit(kitOfBrandForm(form));
}

/** A role not yet used in the palette, in the kit's order of roles. */
function freeRole(palette: readonly BrandColour[]): string {
  const used = new Set(palette.map((c) => c.role.trim().toLowerCase()));
  return BRAND_ROLES.find((role) => !used.has(role)) ?? `colour ${palette.length + 1}`;
}

export function brandFormReducer(form: BrandKitForm, action: BrandKitFormAction): BrandKitForm {
  switch (action.type) {
    case 'role':
      return {
        ...form,
        palette: form.palette.map((c, i) => (i === action.index ? { ...c, role: action.role } : c)),
      };
    case 'hex':
      return {
        ...form,
        palette: form.palette.map((c, i) => (i === action.index ? { ...c, hex: action.hex } : c)),
      };
    case 'add-colour':
      if (form.palette.length >= BRAND_PALETTE_MAX) return form;
      return { ...form, palette: [...form.palette, { role: freeRole(form.palette), hex: NEW_COLOUR_HEX }] };
    case 'remove-colour':
      return { ...form, palette: form.palette.filter((_, i) => i !== action.index) };
    case 'text':
      return { ...form, [action.field]: action.text };
    case 'icon-size':
      return { ...form, iconSize: action.size };
    case 'colour-mode':
      return { ...form, colourMode: action.mode };
    case 'model':
      return { ...form, [action.field]: action.model };
    case 'kit':
      return brandFormOf(action.kit);
  }
}
