import { SvgRejectedError } from './errors';
import { parseLength, parseViewBox } from './length';
import { MAX_NUMBER } from './limits';
import type { SvgElement } from './tree';

/**
 * The last check before output: the root's viewBox, width and height (read from input, or computed
 * from the drawing and the options) are finite, positive where they must be, and within MAX_NUMBER.
 * A drawing whose shapes are each in range can still span past it (or an icon frame pad it past it):
 * that drawing is too large, and refused rather than given a viewBox of "-Infinity -Infinity Infinity
 * Infinity". ('too-large' rather than a reason of its own: hosts already word every existing reason.)
 */
export function checkRootGeometry(root: SvgElement): void {
  const view = parseViewBox(root.attrs.get('viewBox'));
  const width = parseLength(root.attrs.get('width'));
  const height = parseLength(root.attrs.get('height'));
  const inRange = (n: number | undefined): boolean => n !== undefined && Math.abs(n) <= MAX_NUMBER;
  const positive = (n: number | undefined): boolean => inRange(n) && (n as number) > 0;
  if (!view || !inRange(view.x) || !inRange(view.y) || !positive(view.width) || !positive(view.height)) {
    const text = root.attrs.get('viewBox') ?? '';
    throw new SvgRejectedError('too-large', `its viewBox would be "${text}", past ±${MAX_NUMBER} or empty`);
  }
  if (!positive(width) || !positive(height)) {
    const size = `${root.attrs.get('width') ?? ''} × ${root.attrs.get('height') ?? ''}`;
    throw new SvgRejectedError('too-large', `its size would be ${size}, past ${MAX_NUMBER} or empty`);
  }
}
