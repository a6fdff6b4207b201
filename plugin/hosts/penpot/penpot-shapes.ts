/** Looking shapes up and asking what they can take, in Penpot's terms. */
import type { Board, Shape } from '@penpot/plugin-types';
import { META_KEY, encodeMeta } from '../../generation-meta';
import type { GenerationMeta } from '../../../core/protocol/messages';
import type { NodeAbilities } from '../host';

const FILLABLE: ReadonlySet<Shape['type']> = new Set<Shape['type']>([
  'rectangle',
  'ellipse',
  'path',
  'boolean',
  'board',
]);

export function shapeById(id: string): Shape | null {
  return penpot.currentPage?.getShapeById(id) ?? null;
}

export function isBoard(shape: Shape | null): shape is Board {
  return shape !== null && shape.type === 'board';
}

export function abilitiesOf(shape: Shape): NodeAbilities {
  return { canContain: isBoard(shape), canFill: FILLABLE.has(shape.type) };
}

/** Plugin data on a generated shape (never the key); Penpot has no relaunch buttons. */
export function markGenerated(shape: Shape, meta: GenerationMeta): void {
  shape.setPluginData(META_KEY, encodeMeta(meta));
}
