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
      if (node.children.length === 0 || (node.svg && !expanded.has(node.id))) return;
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
    if (node.svg && node.children.length > 0) {
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
    button.querySelector('.layer-icon')!.textContent = ICONS[node.type] ?? '✎';
    button.querySelector('.layer-name')!.textContent = node.name;
    button.title = `${node.type} · ${Math.round(node.width)}×${Math.round(node.height)} · ${node.id}`;
    button.addEventListener('click', (event) => onPick(node, event.shiftKey));
    li.appendChild(button);
    return li;
  };

  scene.onChange(render);
  render();
}
