/** The layers list: the page's tree, indented; a click selects, shift-click adds. */
import type { SceneNode } from '../scene/node';
import type { Scene } from '../scene/scene';

const ICONS: Record<string, string> = {
  FRAME: '#',
  board: '#',
  GROUP: '▣',
  group: '▣',
  RECTANGLE: '▭',
  rectangle: '▭',
  TEXT: 'T',
  text: 'T',
  ELLIPSE: '○',
  ellipse: '○',
};
/** Components show as the editors show them, whatever the host calls the node type. */
const COMPONENT_ICONS = { main: '◆', set: '❖', instance: '◇' } as const;

export function mountLayers(
  list: HTMLElement,
  scene: Scene,
  onPick: (node: SceneNode, add: boolean) => void,
) {
  const expanded = new Set<string>();

  const render = () => {
    const selected = new Set(scene.selection());
    const rows: HTMLElement[] = [];
    const visit = (node: SceneNode, depth: number) => {
      rows.push(row(node, depth, selected.has(node), expanded.has(node.id)));
      const folded = node.svg !== undefined || node.component?.kind === 'instance';
      if (node.children.length === 0 || (folded && !expanded.has(node.id))) return;
      for (const child of [...node.children].reverse()) visit(child, depth + 1);
    };
    // Like the editors: the topmost layer first.
    for (const child of [...scene.page.children].reverse()) visit(child, 0);
    list.replaceChildren(...rows);
    if (rows.length === 0) list.innerHTML = '<li class="layers-empty">Nothing on the page yet</li>';
  };

  const row = (node: SceneNode, depth: number, isSelected: boolean, isOpen: boolean) => {
    const li = document.createElement('li');
    li.style.setProperty('--depth', String(depth));
    if (node.children.length > 0 && (node.svg || node.component?.kind === 'instance')) {
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'layer-toggle';
      toggle.textContent = isOpen ? '▾' : '▸';
      toggle.setAttribute('aria-label', `${isOpen ? 'Collapse' : 'Expand'} ${node.name}`);
      toggle.addEventListener('click', () => {
        if (isOpen) expanded.delete(node.id);
        else expanded.add(node.id);
        render();
      });
      li.appendChild(toggle);
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'layer';
    button.setAttribute('aria-pressed', String(isSelected));
    button.innerHTML = `<span class="layer-icon" aria-hidden="true"></span><span class="layer-name"></span>`;
    button.querySelector('.layer-icon')!.textContent =
      (node.component && COMPONENT_ICONS[node.component.kind]) ?? ICONS[node.type] ?? '✎';
    button.querySelector('.layer-name')!.textContent = node.name;
    button.title = [
      node.type,
      `${Math.round(node.width)}×${Math.round(node.height)}`,
      node.id,
      ...(node.layout ? [`auto layout ${node.layout.direction}${node.layout.wrap ? ', wraps' : ''}`] : []),
      ...(bound(node) ? ['colour bound'] : []),
    ].join(' · ');
    if (node.component) button.dataset.component = node.component.kind;
    button.addEventListener('click', (event) => onPick(node, event.shiftKey));
    li.appendChild(button);
    return li;
  };

  scene.onChange(render);
  render();
}

/** Whether any fill or stroke in the node's drawing is bound to a document colour. */
function bound(node: SceneNode): boolean {
  let found = false;
  node.walk((n) => {
    found ||= [...n.fills, ...n.strokes].some((f) => f.binding);
  });
  return found;
}
