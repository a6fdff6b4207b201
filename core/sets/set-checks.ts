/**
 * Icon sets' values as they cross a boundary (a message between the realms,
 * a record read back from storage, a component's plugin data), checked as
 * their types claim, never thrown on. Only the shape, and what the code
 * reading them relies on (an item list that matches its spec, a frame the
 * SVG pipeline can fit into): whether a spec may start a set is
 * validateSetSpec's rule (core/sets/set-spec.ts), which the start-set
 * handler runs on what passes here.
 */
import type { Swatch } from '../color/swatch';
import { normaliseHex } from '../color/hex';
import { isUserError } from '../api/errors';
import { isModelId } from '../models/catalogue';
import { arrayOf, isBoolean, isFiniteNumber, isObject, isString, oneOf, optional } from '../shape-checks';
import { isRecraftControls } from '../api/recraft-controls';
import { isIconFrame } from '../tasks/types';
import {
  MAX_SET_VARIANTS,
  SET_ICON_SIZES,
  type IconMeta,
  type IconSetRecord,
  type IconSetSpec,
  type SetColour,
  type SetItem,
  type SetSlot,
} from './types';

const isSwatchKind = oneOf<Swatch['kind']>(['variable', 'style', 'library']);
export const isColourMode = oneOf<SetColour['mode']>(['keep', 'mono', 'palette']);
const isItemState = oneOf<SetItem['state']>(['waiting', 'sending', 'accepted', 'landed', 'failed']);
const optionalString = optional(isString);
/** A colour the plugin keeps: "#rgb" or "#rrggbb", any case (core/color/hex.ts is the rule). */
const isHex = (v: unknown): v is string => normaliseHex(v) !== undefined;
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isVariant = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_SET_VARIANTS;
export const isIconSize = (v: unknown): v is IconSetSpec['iconSize'] =>
  (SET_ICON_SIZES as readonly unknown[]).includes(v);

export function isSwatch(v: unknown): v is Swatch {
  return isObject(v) && isSwatchKind(v.kind) && isString(v.id) && isString(v.name) && isHex(v.hex);
}

export function isSetColour(v: unknown): v is SetColour {
  return (
    isObject(v) &&
    isColourMode(v.mode) &&
    isHex(v.mono) &&
    arrayOf(isHex)(v.palette) &&
    optional(isSwatch)(v.bind)
  );
}

export function isIconSetSpec(v: unknown): v is IconSetSpec {
  return (
    isObject(v) &&
    isString(v.setId) &&
    v.setId !== '' &&
    isString(v.name) &&
    isString(v.prefix) &&
    arrayOf(isString)(v.subjects) &&
    isString(v.style) &&
    isString(v.template) &&
    isModelId(v.model) &&
    isString(v.size) &&
    isIconSize(v.iconSize) &&
    isFiniteNumber(v.padding) &&
    isSetColour(v.colour) &&
    isVariant(v.variants) &&
    optionalString(v.insideId) &&
    (v.controls === undefined || isRecraftControls(v.controls))
  );
}

/** Where one icon goes: a set, a subject's place in its list, a variant (1-based). */
export function isSetSlot(v: unknown): v is SetSlot {
  return isObject(v) && isString(v.setId) && isIndex(v.index) && isVariant(v.variant);
}

export function isSetItem(v: unknown): v is SetItem {
  return (
    isObject(v) &&
    isIndex(v.index) &&
    isVariant(v.variant) &&
    isItemState(v.state) &&
    optionalString(v.taskId) &&
    optionalString(v.nodeId) &&
    optional(isUserError)(v.error)
  );
}

/** A record whose items are the spec's, one per subject and variant, in list order (as newSetRecord makes them). */
export function isIconSetRecord(v: unknown): v is IconSetRecord {
  if (!(
    isObject(v) &&
    isIconSetSpec(v.spec) &&
    optionalString(v.containerId) &&
    arrayOf(isSetItem)(v.items) &&
    isFiniteNumber(v.createdAt) &&
    isBoolean(v.stopped) &&
    optional(isFiniteNumber)(v.doneAt)
  )) {
    return false;
  }
  const { subjects, variants } = v.spec;
  return (
    v.items.length === subjects.length * variants &&
    v.items.every(
      (item, at) => item.index === Math.floor(at / variants) && item.variant === (at % variants) + 1,
    )
  );
}

/** A component's icon meta: enough to regenerate it in place, its frame one the SVG pipeline fits into. */
export function isIconMeta(v: unknown): v is IconMeta {
  return (
    isObject(v) &&
    isString(v.setId) &&
    isString(v.subject) &&
    isIndex(v.index) &&
    isVariant(v.variant) &&
    isString(v.prefix) &&
    isIconSize(v.iconSize) &&
    // A frame the pipeline fits into: the padding rule is the icon frame's.
    isIconFrame({ size: v.iconSize, padding: v.padding }) &&
    isSetColour(v.colour)
  );
}
