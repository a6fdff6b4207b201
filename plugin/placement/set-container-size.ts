/**
 * The size of a set's container once it holds every icon, the one rule for
 * the sandbox (which finds it a free spot before it exists) and the hosts
 * (which make it): a padding and gaps of one icon size, `perRow` icons wide
 * (auto layout wraps at that width, however few icons there are), as many
 * rows as `count` needs.
 *
 * @example
 * setContainerSize({ iconSize: 24, perRow: 8, count: 12 }); // { width: 408, height: 120 }
 */
import type { Size } from '../../core/images/placed-size';
import type { SetContainerSpec } from '../hosts/host';

export function setContainerSize(spec: Pick<SetContainerSpec, 'iconSize' | 'perRow' | 'count'>): Size {
  const columns = Math.max(1, spec.perRow);
  const rows = Math.max(1, Math.ceil(spec.count / columns));
  // n icons with a gap between each and a padding at both ends: 2n + 1 icon sizes.
  const span = (n: number) => (2 * n + 1) * spec.iconSize;
  return { width: span(columns), height: span(rows) };
}
