/**
 * Recraft's `controls` for V4 models, as Recraft's own API documents it:
 * up to five preferred colours and a background colour, each `{rgb: [r, g, b]}`.
 * The gateway documents none of it (whether it passes the field through is
 * unknown), so it is sent only when the designer opts in, and only to a
 * Recraft model (request-body.ts). The limits here are the one home for the
 * client's check and the mock's.
 */
import { isObject } from '../shape-checks';

/** Preferred colours Recraft takes at most. */
export const CONTROLS_MAX_COLORS = 5;

interface ControlsColor {
  readonly rgb: readonly [number, number, number];
}

export interface RecraftControls {
  readonly colors?: readonly ControlsColor[];
  readonly background_color?: ControlsColor;
}

/** A channel Recraft takes: an integer 0 to 255. */
export function isChannel(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255;
}

function isControlsColor(v: unknown): v is ControlsColor {
  return (
    isObject(v) &&
    Array.isArray(v.rgb) &&
    v.rgb.length === 3 &&
    v.rgb.every(isChannel) &&
    Object.keys(v).length === 1
  );
}

/** Exactly the documented shape, and nothing else: a stray field would be sent to a paid endpoint. */
export function isRecraftControls(v: unknown): v is RecraftControls {
  if (!isObject(v) || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  if (keys.length === 0 || keys.some((key) => key !== 'colors' && key !== 'background_color')) return false;
  const { colors, background_color: background } = v;
  const colorsOk =
    colors === undefined ||
    (Array.isArray(colors) && colors.length <= CONTROLS_MAX_COLORS && colors.every(isControlsColor));
  return colorsOk && (background === undefined || isControlsColor(background));
}
