/**
 * The size of a set's container, the one rule for the sandbox (which finds
 * it a free spot before it exists) and the hosts (which make it): `count`
 * icons of `iconSize`, `perRow` to a row, with a gap of one icon size
 * between them and no padding around them.
 *
 * @example
 * setContainerSize({ iconSize: 24, perRow: 8, count: 12 }); // { width: 360, height: 72 }
 */
import type { Size } from '../../core/images/placed-size';
import type { SetContainerSpec } from '../hosts/host';

export function setContainerSize(spec: Pick<SetContainerSpec, 'iconSize' | 'perRow' | 'count'>): Size {
  const count = Math.max(1, spec.count);
  const columns = Math.min(count, Math.max(1, spec.perRow));
  const rows = Math.ceil(count / columns);
  const span = (n: number) => (2 * n - 1) * spec.iconSize;
  return { width: span(columns), height: span(rows) };
}
