/** Looking shapes up and asking what they can take, in Penpot's terms. */
import type { Board, Shape } from '@penpot/plugin-types';
import { META_KEY, decodeMeta, encodeMeta } from '../../generation-meta';
import type { GenerationMeta } from '../../../core/protocol/messages';
import type { IconMeta } from '../../../core/sets/types';
import type { NodeAbilities, Rect } from '../host';

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

export function isBoard(shape: Shape | null | undefined): shape is Board {
  return shape !== null && shape !== undefined && shape.type === 'board';
}

export function abilitiesOf(shape: Shape): NodeAbilities {
  return { canContain: isBoard(shape), canFill: FILLABLE.has(shape.type) };
}

/** Penpot's x and y are absolute (page) coordinates. */
export function boundsOf(shape: Shape): Rect {
  return { x: shape.x, y: shape.y, width: shape.width, height: shape.height };
}

/** Plugin data on a generated shape (never the key); Penpot has no relaunch buttons. */
export function markGenerated(shape: Shape, meta: GenerationMeta): void {
  shape.setPluginData(META_KEY, encodeMeta(meta));
}

/** The set's icon meta a shape carries (a set's component, or a component set of its variants). */
export function iconMetaOf(shape: Shape): IconMeta | undefined {
  return decodeMeta(shape.getPluginData(META_KEY))?.icon;
}
