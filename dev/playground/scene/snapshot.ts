/** The scene as plain JSON for `playground.snapshot()`. */
import type { SnapshotFill, SnapshotNode } from '../api-types';
import { imageById } from './images';
import { resolvedFill, type SceneFill, type SceneNode } from './node';

export function snapshotOf(node: SceneNode): SnapshotNode {
  const abs = node.absolute();
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    x: node.x,
    y: node.y,
    absoluteX: abs.x,
    absoluteY: abs.y,
    width: node.width,
    height: node.height,
    fills: node.fills.map(fillOf),
    strokes: node.strokes.map(fillOf),
    ...(node.component ? { component: node.component.kind } : {}),
    ...(node.component?.kind === 'instance' ? { mainComponentId: node.component.mainId } : {}),
    ...(node.layout ? { layout: node.layout } : {}),
    pluginData: Object.fromEntries(node.pluginData),
    relaunchData: { ...node.relaunchData },
    children: node.children.map(snapshotOf),
  };
}

function fillOf(fill: SceneFill): SnapshotFill {
  const image = imageById(fill.imageHash);
  return {
    ...resolvedFill(fill),
    ...(image ? { imageWidth: image.width, imageHeight: image.height } : {}),
  };
}
