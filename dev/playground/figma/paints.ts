/** Figma paints to and from the scene's fills, with Figma's validation and defaults. */
import type { DocumentColours } from '../scene/colours';
import { resolvedFill, type SceneFill } from '../scene/node';

const SCALE_MODES = new Set(['FILL', 'FIT', 'CROP', 'TILE']);

/** A paint as a plugin may pass it: anything, checked field by field. */
interface LoosePaint {
  readonly type?: unknown;
  readonly color?: Partial<RGB>;
  readonly opacity?: number;
  readonly scaleMode?: ImagePaint['scaleMode'];
  readonly imageHash?: string | null;
  readonly boundVariables?: { readonly color?: { readonly type?: unknown; readonly id?: unknown } };
}

const hex2 = (v: number) =>
  Math.round(Math.max(0, Math.min(1, v)) * 255)
    .toString(16)
    .padStart(2, '0');

function rgbToHex(color: RGB): string {
  return `#${hex2(color.r)}${hex2(color.g)}${hex2(color.b)}`;
}

export function hexToRgb(hex: string): RGB {
  const n = parseInt(hex.slice(1), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 };
}

/**
 * A paint set on a node. A SOLID paint bound to a colour variable (setBoundVariableForPaint) keeps the
 * binding: the node shows the variable's value from then on.
 */
export function paintToFill(paint: unknown, colours?: DocumentColours): SceneFill {
  const p = paint as LoosePaint | null;
  if (!p || typeof p !== 'object' || typeof p.type !== 'string')
    throw new Error('Invalid paint: missing type');
  if (p.type === 'SOLID') {
    const c = p.color;
    if (!c || ![c.r, c.g, c.b].every((v) => typeof v === 'number' && v >= 0 && v <= 1)) {
      throw new Error('Invalid SOLID paint: color needs r, g, b between 0 and 1');
    }
    const fill = { type: 'SOLID', color: rgbToHex(c as RGB), opacity: p.opacity ?? 1 };
    const alias = p.boundVariables?.color;
    if (alias === undefined) return fill;
    if (
      alias.type !== 'VARIABLE_ALIAS' ||
      typeof alias.id !== 'string' ||
      colours?.get(alias.id)?.kind !== 'variable'
    )
      throw new Error('Invalid SOLID paint: boundVariables.color is not a variable alias of this file');
    return { ...fill, binding: { kind: 'variable', id: alias.id } };
  }
  if (p.type === 'IMAGE') {
    if (!SCALE_MODES.has(p.scaleMode ?? ''))
      throw new Error(`Invalid IMAGE paint: scaleMode ${String(p.scaleMode)}`);
    if (p.imageHash !== null && typeof p.imageHash !== 'string')
      throw new Error('Invalid IMAGE paint: imageHash');
    return {
      type: 'IMAGE',
      imageHash: p.imageHash ?? undefined,
      scaleMode: p.scaleMode,
      opacity: p.opacity ?? 1,
    };
  }
  if (/^GRADIENT_|^VIDEO$|^PATTERN$/.test(p.type)) return { type: p.type, opacity: p.opacity ?? 1 };
  throw new Error(`Invalid paint type ${p.type}`);
}

/** A fill as Figma reports it: a bound colour in its current value, with its variable alias. */
export function fillToPaint(stored: SceneFill): Paint {
  const fill = resolvedFill(stored);
  const common = { visible: true, opacity: fill.opacity ?? 1, blendMode: 'NORMAL' as const };
  if (fill.type === 'IMAGE') {
    const scaleMode = (fill.scaleMode ?? 'FILL') as ImagePaint['scaleMode'];
    return Object.freeze({ ...common, type: 'IMAGE', scaleMode, imageHash: fill.imageHash ?? null });
  }
  const color = Object.freeze(hexToRgb(fill.color ?? '#000000'));
  const bound =
    fill.binding?.kind === 'variable'
      ? {
          boundVariables: Object.freeze({
            color: Object.freeze({ type: 'VARIABLE_ALIAS', id: fill.binding.id }),
          }),
        }
      : {};
  return Object.freeze({ ...common, type: 'SOLID', color, ...bound }) as SolidPaint;
}

/**
 * figma.variables.setBoundVariableForPaint: a copy of the SOLID paint bound to the colour variable (or
 * unbound with null); the paint itself is untouched, as in Figma.
 */
export function setBoundVariableForPaint(
  paint: SolidPaint,
  field: string,
  variable: Variable | null,
): SolidPaint {
  if (!paint || paint.type !== 'SOLID') throw new Error('setBoundVariableForPaint: expected a SOLID paint');
  if (field !== 'color') throw new Error(`setBoundVariableForPaint: cannot bind field ${field}`);
  const { boundVariables: _, ...rest } = paint as SolidPaint & { boundVariables?: unknown };
  if (variable === null) return Object.freeze({ ...rest }) as SolidPaint;
  if (variable.resolvedType !== 'COLOR')
    throw new Error('setBoundVariableForPaint: expected a COLOR variable');
  const alias = Object.freeze({ type: 'VARIABLE_ALIAS' as const, id: variable.id });
  return Object.freeze({ ...rest, boundVariables: Object.freeze({ color: alias }) }) as SolidPaint;
}
