/**
 * A gateway that does not take Recraft's `controls` (it documents only
 * model, prompt and image_size) answers 400 naming the field. That refusal
 * is its own error: nothing was generated or charged, and the designer's
 * option to send brand colours is turned off, so the next press works.
 */
import { controlsRefused } from '../errors/brand';
import { userError, type UserError } from '../errors/user-error';

/** The server's words name the field (`controls`, `controls.colors`, `background_color`). */
const NAMES_CONTROLS = /\bcontrols\b|\bbackground_color\b/i;

/** `controls-refused` for a 400/422 whose message names the field; undefined otherwise. */
export function controlsRefusal(status: number, said: string | undefined): UserError | undefined {
  if (status !== 400 && status !== 422) return undefined;
  return said !== undefined && NAMES_CONTROLS.test(said)
    ? { ...userError(controlsRefused), status }
    : undefined;
}
