/** The current page and the local library of the emulated Penpot file. */
import type { Scene } from '../scene/scene';
import type { PenpotShapeBase, PenpotShapeContext } from './penpot-shapes';

const LIBRARY_COLOURS = [
  { name: 'Ink', color: '#1f2a44' },
  { name: 'Coral', color: '#ff6b4a' },
  { name: 'Sun', color: '#ffc23c' },
];

export function createPenpotPage(scene: Scene, ctx: PenpotShapeContext) {
  return {
    id: 'page-1',
    name: 'Page 1',
    get root() {
      return ctx.wrap(scene.page);
    },
    getShapeById: (id: string) => {
      const node = scene.find(id);
      return node && !node.removed ? ctx.wrap(node) : null;
    },
    findShapes: (criteria: { name?: string; type?: string } = {}) => {
      const found: PenpotShapeBase[] = [];
      scene.page.children.forEach((c) =>
        c.walk((n) => {
          if ((!criteria.name || n.name === criteria.name) && (!criteria.type || n.type === criteria.type))
            found.push(ctx.wrap(n));
        }),
      );
      return found;
    },
    getPluginData: () => '',
    setPluginData: () => undefined,
    getPluginDataKeys: () => [],
  };
}

export function libraryContext() {
  const colors = LIBRARY_COLOURS.map((c, i) => ({ id: `color-${i + 1}`, path: 'Brand', opacity: 1, ...c }));
  return {
    local: { id: 'file-1', name: 'Playground file', colors, typographies: [], components: [] },
    connected: [],
  };
}
