/**
 * The emulated Penpot file's local library: its colours (the scene's document
 * colours of kind 'library', so bound fills follow a colour edited with
 * playground.setColour), its components and their variants.
 *
 * Kept per scene, not per plugin run: the library belongs to the file and
 * outlives closing the plugin. Components are Penpot's: a component has its
 * own id, its main instance is the board it was made from (same id), and its
 * name "a/b" is read as path "a", name "b".
 */
import type { SceneNode } from '../scene/node';
import type { Scene } from '../scene/scene';

export const FILE_ID = '3f0c1d2e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

/** The file's library colours: the brand palette the palette test reads, and two a set can be bound to. */
const SEED_COLOURS = [
  { id: 'a1b2c3d4-0001-4000-8000-000000000001', name: 'Brand/Ink', hex: '#1f2a44' },
  { id: 'a1b2c3d4-0001-4000-8000-000000000002', name: 'Brand/Coral', hex: '#ff6b4a' },
  { id: 'a1b2c3d4-0001-4000-8000-000000000003', name: 'Brand/Sun', hex: '#ffc23c' },
  { id: 'a1b2c3d4-0001-4000-8000-000000000004', name: 'Brand/Primary', hex: '#4f46e5' },
  { id: 'a1b2c3d4-0001-4000-8000-000000000005', name: 'Brand/Accent', hex: '#f59e0b' },
] as const;

export function seedLibraryColours(scene: Scene): void {
  if (scene.colours.list('library').length > 0) return;
  for (const colour of SEED_COLOURS) scene.colours.add({ kind: 'library', ...colour });
}

export interface ComponentRecord {
  readonly id: string;
  name: string;
  path: string;
  /** The main instance (a board on the page). */
  readonly main: SceneNode;
  /** Variant property values, by the variant container's property position. */
  values: string[];
}

class LibraryState {
  readonly components = new Map<string, ComponentRecord>();
  readonly byMain = new WeakMap<SceneNode, ComponentRecord>();
  /** A variant container's property names. */
  readonly properties = new WeakMap<SceneNode, string[]>();
}

const states = new WeakMap<Scene, LibraryState>();

export function libraryOf(scene: Scene): LibraryState {
  let state = states.get(scene);
  if (!state) states.set(scene, (state = new LibraryState()));
  return state;
}

/** "icon / home" → path "icon", name "home", as Penpot splits a component's name. */
export function splitPath(full: string): { path: string; name: string } {
  const parts = full
    .split('/')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return { path: parts.slice(0, -1).join(' / '), name: parts.at(-1) ?? full };
}

/** Makes `main` (a board) a main component and records it. */
export function registerComponent(scene: Scene, main: SceneNode): ComponentRecord {
  const { path, name } = splitPath(main.name);
  const record: ComponentRecord = { id: crypto.randomUUID(), name, path, main, values: [] };
  main.component = { kind: 'main' };
  main.touch();
  const state = libraryOf(scene);
  state.components.set(record.id, record);
  state.byMain.set(main, record);
  return record;
}

/** The nearest component root at or above `node`: a main, or an instance. */
export function componentRootOf(node: SceneNode): SceneNode | undefined {
  for (let at: SceneNode | null = node; at; at = at.parent) {
    const kind = at.component?.kind;
    if (kind === 'main' || kind === 'instance') return at;
  }
  return undefined;
}

/** The component a main or an instance root belongs to. */
export function recordOf(scene: Scene, root: SceneNode): ComponentRecord | undefined {
  const state = libraryOf(scene);
  if (root.component?.kind === 'main') return state.byMain.get(root);
  if (root.component?.kind === 'instance') {
    const main = scene.find(root.component.mainId);
    return main ? state.byMain.get(main) : undefined;
  }
  return undefined;
}

/** A variant main's properties by name, as its variant container names them; undefined outside one. */
export function variantPropsOf(scene: Scene, record: ComponentRecord): Record<string, string> | undefined {
  const set = record.main.parent;
  if (!set || set.component?.kind !== 'set') return undefined;
  const names = libraryOf(scene).properties.get(set) ?? [];
  return Object.fromEntries(names.map((name, i) => [name, record.values[i] ?? '']));
}

export function variantPropertiesOf(scene: Scene, nodeId: string): Record<string, string> | undefined {
  const main = scene.find(nodeId);
  const record = main && libraryOf(scene).byMain.get(main);
  return record && variantPropsOf(scene, record);
}
