/** The current page and the local library of the emulated Penpot file. */
import type { Scene } from '../scene/scene';
import { createComponentOf } from './penpot-edit';
import { FILE_ID, libraryOf } from './penpot-library';
import { PenpotLibraryColor, PenpotLibraryComponent } from './penpot-library-api';
import { PenpotShapeBase, type PenpotShapeContext } from './penpot-shapes';

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

/** penpot.currentFile: the file's id and name, and its plugin data (kept in the scene, as the file keeps it). */
export function createPenpotFile(scene: Scene) {
  const data = scene.documentData;
  return {
    id: FILE_ID,
    name: 'Playground',
    revn: 0,
    pages: [],
    getPluginData: (key: string) => data.get(String(key)) ?? '',
    setPluginData: (key: string, value: string) => {
      if (typeof key !== 'string' || typeof value !== 'string')
        throw new Error('Plugin data keys and values must be strings');
      if (value === '') data.delete(key);
      else data.set(key, value);
    },
    getPluginDataKeys: () => [...data.keys()],
  };
}

/**
 * penpot.library: the file's own library (colours, components) and no
 * connected ones. createComponent needs the library:write permission, as in
 * Penpot, which logs the refusal and answers nothing (a v1 plugin's default).
 */
export function libraryContext(ctx: PenpotShapeContext, canWrite: () => boolean) {
  const local = {
    get id() {
      return FILE_ID;
    },
    get name() {
      return 'Playground file';
    },
    get colors() {
      return ctx.scene.colours.list('library').map((colour) => new PenpotLibraryColor(colour));
    },
    get typographies() {
      return [];
    },
    get components() {
      return [...libraryOf(ctx.scene).components.values()]
        .filter((record) => !record.main.removed)
        .map((record) => new PenpotLibraryComponent(record, ctx));
    },
    createComponent(shapes: unknown) {
      if (!canWrite()) {
        console.error("[PENPOT PLUGIN] Value not valid: Plugin doesn't have 'library:write' permission");
        return null;
      }
      if (!Array.isArray(shapes)) throw new Error('createComponent expects an array of shapes');
      const nodes = shapes.map((s) => PenpotShapeBase.nodeOf(s)).filter((n) => n !== undefined);
      const record = createComponentOf(ctx.scene, nodes);
      return record ? new PenpotLibraryComponent(record, ctx) : null;
    },
    getPluginData: () => '',
    setPluginData: () => undefined,
    getPluginDataKeys: () => [],
  };
  return { local, connected: [] };
}
