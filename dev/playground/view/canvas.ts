/**
 * Draws the page: nodes absolutely positioned in a zoomable world, solid and
 * image fills as backgrounds, SVG imports as an <img> of their recomposed
 * markup (so nothing in the drawing can run), names over top-level frames
 * and a blue outline on the selection.
 */
import { imageById } from '../scene/images';
import { resolvedFill, type SceneFill, type SceneNode } from '../scene/node';
import type { Scene } from '../scene/scene';
import { leafMargin, svgDataUrl } from '../scene/svg-draw';

const SIZES: Record<string, string> = { FILL: 'cover', FIT: 'contain', TILE: 'auto', STRETCH: '100% 100%' };
const FRAMES = new Set(['FRAME', 'board', 'COMPONENT', 'COMPONENT_SET', 'SECTION']);

export function mountCanvas(
  canvas: HTMLElement,
  scene: Scene,
  onPick: (node: SceneNode | null, add: boolean) => void,
) {
  const world = canvas.querySelector<HTMLElement>('.world')!;
  const byElement = new WeakMap<Element, SceneNode>();

  const render = () => {
    const { center, zoom } = scene.viewport;
    const { width, height } = scene.viewSize;
    world.style.transform = `translate(${width / 2 - center.x * zoom}px, ${height / 2 - center.y * zoom}px) scale(${zoom})`;
    world.style.setProperty('--zoom', String(zoom));
    const selected = new Set(scene.selection());
    world.replaceChildren(...scene.page.children.map((n) => drawNode(n, selected, byElement, true)));
  };

  new ResizeObserver(() => {
    scene.viewSize = { width: canvas.clientWidth, height: canvas.clientHeight };
    render();
  }).observe(canvas);
  scene.onChange(render);

  canvas.addEventListener('pointerdown', (event) => {
    const hit = (event.target as Element).closest('[data-id]');
    const node = hit ? byElement.get(hit) : undefined;
    onPick(node ? pickable(node, scene) : null, event.shiftKey);
  });
  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const { center, zoom } = scene.viewport;
      if (event.ctrlKey || event.metaKey) {
        scene.setViewport(center, Math.min(8, Math.max(0.05, zoom * Math.exp(-event.deltaY / 300))));
      } else {
        scene.setViewport({ x: center.x + event.deltaX / zoom, y: center.y + event.deltaY / zoom });
      }
    },
    { passive: false },
  );
  render();
}

/** A click selects the outermost node below the page or a plain frame, as the editors do. */
function pickable(node: SceneNode, scene: Scene): SceneNode {
  let current = node;
  while (
    current.parent &&
    current.parent !== scene.page &&
    !(FRAMES.has(current.parent.type) && !current.parent.svg)
  ) {
    current = current.parent;
  }
  return current;
}

function drawNode(
  node: SceneNode,
  selected: Set<SceneNode>,
  map: WeakMap<Element, SceneNode>,
  top: boolean,
): HTMLElement {
  const el = document.createElement('div');
  el.className = 'node';
  el.dataset.id = node.id;
  el.style.cssText = `left:${node.x}px;top:${node.y}px;width:${node.width}px;height:${node.height}px`;
  el.style.background = backgroundOf(node.svg ? [] : node.fills);
  if (selected.has(node)) el.classList.add('selected');
  if (FRAMES.has(node.type) && !node.svg) el.classList.add('frame');
  if (node.component) el.dataset.component = node.component.kind;
  map.set(el, node);
  const drawing = svgDataUrl(node);
  if (drawing) {
    const img = document.createElement('img');
    img.src = drawing;
    img.alt = node.name;
    img.draggable = false;
    const m = leafMargin(node);
    if (m > 0)
      img.style.cssText = `margin:${-m}px;width:calc(100% + ${2 * m}px);height:calc(100% + ${2 * m}px)`;
    el.appendChild(img);
  } else if (node.text !== undefined && node.children.length === 0) {
    el.textContent = node.text;
  } else {
    for (const child of node.children) el.appendChild(drawNode(child, selected, map, false));
  }
  if (top && FRAMES.has(node.type)) {
    const label = document.createElement('span');
    label.className = 'frame-label';
    label.textContent = node.name;
    el.appendChild(label);
  }
  return el;
}

/** Figma lists fills bottom to top; CSS backgrounds go top to bottom. */
function backgroundOf(fills: readonly SceneFill[]): string {
  const layers = [...fills].reverse().flatMap((bound) => {
    const fill = resolvedFill(bound);
    if (fill.type === 'SOLID' && fill.color) {
      const colour = withOpacity(fill.color, fill.opacity ?? 1);
      return [`linear-gradient(${colour}, ${colour})`];
    }
    const image = fill.type === 'IMAGE' ? imageById(fill.imageHash) : undefined;
    if (!image) return [];
    const size = SIZES[fill.scaleMode ?? 'FILL'] ?? 'cover';
    return [`url("${image.url}") center / ${size} ${fill.scaleMode === 'TILE' ? 'repeat' : 'no-repeat'}`];
  });
  return layers.join(', ');
}

function withOpacity(hex: string, opacity: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${opacity})`;
}
