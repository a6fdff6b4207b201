/**
 * What Generate and Icon set take from the kit as their defaults (the form
 * then changes them freely; nothing goes back to the kit unless the designer
 * chooses Save to brand kit). One mapping, so both forms read the kit alike.
 */
import { normaliseHex } from '../color/hex';
import { defaultSize, modelById } from '../models/catalogue';
import type { IconSetSpec, SetColour } from '../sets/types';
import type { VectorOptions } from '../tasks/types';
import type { BrandKit } from './types';

/** Mono mode's colour when the kit has none. */
const DEFAULT_MONO = '#000000';

function hexesOf(kit: BrandKit): string[] {
  return kit.palette.flatMap((c) => normaliseHex(c.hex) ?? []);
}

/** The icon set form's fields the kit decides. */
export function setFieldsFromKit(
  kit: BrandKit,
): Pick<IconSetSpec, 'prefix' | 'style' | 'model' | 'size' | 'iconSize' | 'padding' | 'colour'> {
  const hexes = hexesOf(kit);
  const colour: SetColour = { mode: kit.icon.colourMode, mono: hexes[0] ?? DEFAULT_MONO, palette: hexes };
  return {
    prefix: kit.prefix,
    style: kit.styleWords,
    model: kit.vectorModel,
    size: defaultSize(modelById(kit.vectorModel)),
    iconSize: kit.icon.size,
    padding: kit.icon.padding,
    colour,
  };
}

/** Generate's vector options from the kit: its colour mode as recolouring, its palette and first colour. */
export function vectorOptionsFromKit(kit: BrandKit): VectorOptions {
  const hexes = hexesOf(kit);
  const recolor = kit.icon.colourMode === 'keep' ? 'none' : kit.icon.colourMode;
  return { removeBackground: false, recolor, palette: hexes, mono: hexes[0] ?? DEFAULT_MONO };
}
