/**
 * SVG import for both hosts: parses like the editors' importers (the browser's
 * XML parser; a parse error or a non-<svg> root is unreadable) and builds a
 * node tree that keeps each element's markup so the canvas draws it.
 * Element bounds come from laying the drawing out in a hidden <svg>.
 */
import type { SceneNode } from './node';
import { fillOf, strokeOf } from './svg-fills';
import { mountForMeasure, type Measure } from './svg-measure';
import type { Scene } from './scene';

/** Node types per host for what the importer makes. */
export interface SvgTypeMap {
  readonly root: string;
  readonly group: string;
  readonly text: string;
  /** Element name to node type for drawable leaves. */
  leaf(tag: string): string;
}

const DRAWABLE = new Set([
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'use',
  'image',
]);
const SVG_NS = 'http://www.w3.org/2000/svg';

export class UnreadableSvgError extends Error {}

function parseSvgRoot(svg: string): SVGSVGElement {
  if (typeof svg !== 'string' || svg.trim() === '') throw new UnreadableSvgError('Empty SVG');
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new UnreadableSvgError('Invalid SVG');
  const root = doc.documentElement;
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS) throw new UnreadableSvgError('Not an SVG');
  // Nothing from the file may run in the playground page while it is measured.
  root.querySelectorAll('script, foreignObject').forEach((el) => el.remove());
  root.querySelectorAll('*').forEach((el) => stripHandlers(el));
  stripHandlers(root);
  return root as unknown as SVGSVGElement;
}

function stripHandlers(el: Element): void {
  for (const attr of [...el.attributes]) if (/^on/i.test(attr.name)) el.removeAttribute(attr.name);
}

/** The size an importer gives the drawing: width/height, else the viewBox, else 100. */
function svgSize(root: Element): { width: number; height: number; viewBox: string } {
  const box = (root.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const hasBox = box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0;
  const dim = (name: string, fallback: number) => {
    const raw = root.getAttribute(name) ?? '';
    const value = parseFloat(raw);
    return /%$/.test(raw.trim()) || !(value > 0) ? fallback : value;
  };
  const width = dim('width', hasBox ? box[2]! : 100);
  const height = dim('height', hasBox ? box[3]! : 100);
  return { width, height, viewBox: hasBox ? box.join(' ') : `0 0 ${width} ${height}` };
}

export function importSvg(scene: Scene, svg: string, types: SvgTypeMap, rootName: string): SceneNode {
  const root = parseSvgRoot(svg);
  const size = svgSize(root);
  const node = scene.create(types.root, rootName, size.width, size.height);
  const serializer = new XMLSerializer();
  const extras = [...root.children]
    .filter((el) => !isDrawable(el))
    .map((el) => serializer.serializeToString(el))
    .join('');
  node.svg = { kind: 'root', viewBox: size.viewBox, extras };
  node.fills = [];
  const measure = mountForMeasure(root, size);
  try {
    buildChildren(scene, node, root, types, measure);
  } finally {
    measure.host.remove();
  }
  return node;
}

function isDrawable(el: Element): boolean {
  return el.localName === 'g' || el.localName === 'svg' || DRAWABLE.has(el.localName);
}

function buildChildren(
  scene: Scene,
  parent: SceneNode,
  el: Element,
  types: SvgTypeMap,
  measure: Measure,
  path: number[] = [],
): void {
  const serializer = new XMLSerializer();
  const parentAbs = parent.svg?.kind === 'root' ? { x: 0, y: 0 } : offsetOf(parent);
  [...el.children].forEach((child, index) => {
    if (!isDrawable(child)) return;
    const childPath = [...path, index];
    const box = measure.box(childPath) ?? new DOMRect(0, 0, parent.width, parent.height);
    const isGroup = child.localName === 'g' || child.localName === 'svg';
    const type = isGroup
      ? types.group
      : child.localName === 'text'
        ? types.text
        : types.leaf(child.localName);
    const name = child.getAttribute('id') ?? defaultName(type);
    const node = scene.create(type, name, Math.max(0.01, box.width), Math.max(0.01, box.height), parent);
    node.x = box.x - parentAbs.x;
    node.y = box.y - parentAbs.y;
    measured.set(node, { x: box.x, y: box.y });
    if (isGroup) {
      const shallow = child.cloneNode(false) as Element;
      const open = serializer.serializeToString(shallow).replace(/\/>$|><\/[\w:]+>$/, '>');
      node.svg = { kind: 'group', open, close: `</${child.localName}>` };
      buildChildren(scene, node, child, types, measure, childPath);
    } else {
      node.svg = { kind: 'leaf', markup: serializer.serializeToString(child) };
      if (child.localName === 'text') node.text = child.textContent ?? '';
      node.fills = fillOf(child);
      node.importedFills = node.fills;
      node.strokes = strokeOf(child);
      node.importedStrokes = node.strokes;
    }
  });
}

const measured = new WeakMap<SceneNode, { x: number; y: number }>();

function offsetOf(node: SceneNode): { x: number; y: number } {
  return measured.get(node) ?? { x: 0, y: 0 };
}

function defaultName(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1).toLowerCase();
}
