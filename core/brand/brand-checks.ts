/**
 * What a brand kit claims to be, checked field by field (never thrown on):
 * for a kit read back from the document or crossing between the realms.
 * The rules a designer can break (palette size, roles, colours, padding…)
 * are validate.ts's, with a sentence for each.
 */
import { isModelId } from '../models/catalogue';
import { isColourMode, isIconSize } from '../sets/set-checks';
import { arrayOf, isFiniteNumber, isObject, isString } from '../shape-checks';
import { BRAND_KIT_VERSION, type BrandColour, type BrandIconSpec, type BrandKit } from './types';

function isBrandColour(v: unknown): v is BrandColour {
  return isObject(v) && isString(v.role) && isString(v.hex);
}

export function isBrandIconSpec(v: unknown): v is BrandIconSpec {
  return isObject(v) && isIconSize(v.size) && isFiniteNumber(v.padding) && isColourMode(v.colourMode);
}

const isPalette = arrayOf(isBrandColour);

export function isBrandKit(v: unknown): v is BrandKit {
  return (
    isObject(v) &&
    v.version === BRAND_KIT_VERSION &&
    isPalette(v.palette) &&
    isString(v.styleWords) &&
    isBrandIconSpec(v.icon) &&
    isString(v.prefix) &&
    isModelId(v.vectorModel) &&
    isModelId(v.rasterModel)
  );
}
