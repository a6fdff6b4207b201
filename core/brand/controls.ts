/**
 * The kit's colours as Recraft's `controls` (sent only when the designer
 * opts in; the gateway does not document it): the colour whose role is
 * "background" as `background_color`, and the first five other colours, in
 * the kit's order, as `colors`.
 */
import { type RecraftControls, CONTROLS_MAX_COLORS } from '../api/recraft-controls';
import { normaliseHex, parseHex } from '../color/hex';
import type { BrandKit } from './types';

const BACKGROUND_ROLE = 'background';

function rgbOf(hex: string): { rgb: readonly [number, number, number] } | undefined {
  const normal = normaliseHex(hex);
  const colour = normal === undefined ? undefined : parseHex(normal);
  return colour ? { rgb: [colour.r, colour.g, colour.b] } : undefined;
}

/** The controls for this kit; undefined when it has no colour to send. */
export function brandControls(kit: Pick<BrandKit, 'palette'>): RecraftControls | undefined {
  const isBackground = (role: string) => role.trim().toLowerCase() === BACKGROUND_ROLE;
  const background = kit.palette.find((c) => isBackground(c.role));
  const colors = kit.palette
    .filter((c) => !isBackground(c.role))
    .flatMap((c) => rgbOf(c.hex) ?? [])
    .slice(0, CONTROLS_MAX_COLORS);
  const backgroundColor = background && rgbOf(background.hex);
  if (colors.length === 0 && !backgroundColor) return undefined;
  return {
    ...(colors.length ? { colors } : {}),
    ...(backgroundColor ? { background_color: backgroundColor } : {}),
  };
}
