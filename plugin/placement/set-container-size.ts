/**
 * The size of a set's container once it holds every icon, the one rule for
 * the sandbox (which finds it a free spot before it exists) and the hosts
 * (which make it): a padding and gaps of one icon size, `perRow` subjects
 * wide (auto layout wraps at that width, however few there are), as many
 * rows as `count` needs. A subject with variants is a component set of its
 * variants side by side, one icon apart: (2 × variants − 1) icons wide.
 *
 * @example
 * setContainerSize({ iconSize: 24, perRow: 8, count: 12, variants: 1 }); // { width: 408, height: 120 }
 * setContainerSize({ iconSize: 24, perRow: 8, count: 3, variants: 2 });  // { width: 792, height: 72 }
 */
import type { Size } from '../../core/images/placed-size';
import type { SetContainerSpec } from '../hosts/host';

export function setContainerSize(
  spec: Pick<SetContainerSpec, 'iconSize' | 'perRow' | 'count' | 'variants'>,
): Size {
  const size = spec.iconSize;
  const columns = Math.max(1, spec.perRow);
  const rows = Math.max(1, Math.ceil(spec.count / columns));
  const cell = (2 * Math.max(1, spec.variants) - 1) * size;
  // n cells with a gap of one icon between each and a padding of one icon at both ends.
  const span = (n: number, cellSize: number) => n * cellSize + (n - 1) * size + 2 * size;
  return { width: span(columns, cell), height: span(rows, size) };
}
