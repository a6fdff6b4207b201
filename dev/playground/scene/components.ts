/**
 * Components, host-neutral: a node becomes a main component (its kind in
 * SceneNode.component), main components are joined into a set (variants),
 * and an instance mirrors its main component's contents: whenever the main
 * changes (drawing replaced, recoloured, resized), every instance's children
 * are rebuilt from it on the scene's next flush (Scene.changed), keeping the
 * instance's own id, position and parent. Type names are the host's
 * (COMPONENT / COMPONENT_SET / INSTANCE in Figma, `component`-ish in Penpot).
 */
import { SceneNode, type ComponentKind } from './node';
import type { Scene } from './scene';

/**
 * Replaces `node` by a new node of `type` (a new id, as Figma's createComponentFromNode gives) in the same
 * parent and place, with its properties and its children moved over.
 */
export function convertNode(
  scene: Scene,
  node: SceneNode,
  type: string,
  component?: ComponentKind,
): SceneNode {
  const parent = node.parent ?? scene.page;
  const index = parent.children.indexOf(node);
  const next = new SceneNode(scene.newId(), type, node.name, node.width, node.height);
  copyLook(node, next);
  next.component = component;
  next.layout = node.layout;
  for (const [key, value] of node.pluginData) next.pluginData.set(key, value);
  next.relaunchData = node.relaunchData;
  for (const child of [...node.children]) next.insert(child);
  parent.insert(next, index < 0 ? parent.children.length : index);
  next.x = node.x;
  next.y = node.y;
  node.remove();
  return next;
}

/**
 * Joins main components into a set at their union bounds, in `parent` at `index` (default: where the first
 * was). The components keep their places on the page. Callers check the host's own rules first.
 */
export function combineComponents(
  scene: Scene,
  mains: readonly SceneNode[],
  type: string,
  name: string,
  parent = mains[0]?.parent ?? scene.page,
  index = mains[0] ? parent.children.indexOf(mains[0]) : -1,
): SceneNode {
  if (mains.length === 0) throw new Error('Nothing to combine');
  const boxes = mains.map((m) => ({ ...m.absolute(), width: m.width, height: m.height }));
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const set = new SceneNode(scene.newId(), type, name, right - left, bottom - top);
  set.component = { kind: 'set' };
  parent.insert(set, index < 0 ? parent.children.length : index);
  const origin = parent.parent ? parent.absolute() : { x: 0, y: 0 };
  set.x = left - origin.x;
  set.y = top - origin.y;
  mains.forEach((main, i) => {
    set.insert(main);
    main.x = boxes[i]!.x - left;
    main.y = boxes[i]!.y - top;
  });
  return set;
}

/** A new instance of `main`, of the host's `type`, appended to `parent` (the page by default). */
export function createInstance(scene: Scene, main: SceneNode, type: string, parent = scene.page): SceneNode {
  if (main.component?.kind !== 'main' || main.removed) throw new Error('Only a main component has instances');
  const instance = new SceneNode(scene.newId(), type, main.name, main.width, main.height);
  instance.component = { kind: 'instance', mainId: main.id };
  parent.insert(instance);
  mirror(scene, instance, main);
  return instance;
}

const mirrored = new WeakMap<SceneNode, string>();

/**
 * Rebuilds every instance whose main component changed since it was last mirrored. Returns whether any did
 * (the rebuild itself is a change, so the scene flushes once more and finds nothing left to do).
 */
export function syncInstances(scene: Scene): boolean {
  let changed = false;
  scene.page.walk((node) => {
    if (node.component?.kind !== 'instance') return;
    const main = scene.find(node.component.mainId);
    // A deleted main leaves its instances as they last were, as in the editors.
    if (!main || main.removed || mirrored.get(node) === signature(main)) return;
    mirror(scene, node, main);
    changed = true;
  });
  return changed;
}

function mirror(scene: Scene, instance: SceneNode, main: SceneNode): void {
  for (const child of [...instance.children]) child.remove();
  if (instance.width !== main.width || instance.height !== main.height)
    instance.resize(main.width, main.height);
  copyLook(main, instance);
  instance.layout = main.layout;
  for (const child of main.children) instance.insert(cloneOf(scene, instance.id, child));
  mirrored.set(instance, signature(main));
}

function cloneOf(scene: Scene, instanceId: string, source: SceneNode): SceneNode {
  const copy = new SceneNode(
    scene.instanceChildId(instanceId, source.id),
    source.type,
    source.name,
    source.width,
    source.height,
  );
  copyLook(source, copy);
  copy.x = source.x;
  copy.y = source.y;
  for (const child of source.children) copy.insert(cloneOf(scene, instanceId, child));
  copy.layout = source.layout;
  return copy;
}

/** Fills, strokes and drawing; an imported leaf's own colours stay recognisable as such (svg-draw.ts). */
function copyLook(from: SceneNode, to: SceneNode): void {
  to.fills = from.fills;
  to.strokes = from.strokes;
  to.svg = from.svg;
  to.text = from.text;
  to.importedFills = from.importedFills === from.fills ? to.fills : from.importedFills;
  to.importedStrokes = from.importedStrokes === from.strokes ? to.strokes : from.importedStrokes;
}

/** Everything an instance mirrors of a main component, as one string to compare. */
function signature(node: SceneNode): string {
  const of = (n: SceneNode, root: boolean): unknown => ({
    t: n.type,
    n: n.name,
    ...(root ? {} : { x: n.x, y: n.y }),
    w: n.width,
    h: n.height,
    f: n.fills,
    s: n.strokes,
    i: n.importedFills === n.fills,
    k: n.importedStrokes === n.strokes,
    g: n.svg,
    l: n.layout,
    c: n.children.map((c) => of(c, false)),
  });
  return JSON.stringify(of(node, true));
}
