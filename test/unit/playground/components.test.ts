/** The playground's components, colour bindings and flatten, host-neutral. */
import { describe, expect, it } from 'vitest';
import { combineComponents, convertNode, createInstance } from '../../../dev/playground/scene/components';
import { flattenLeaves } from '../../../dev/playground/scene/flatten';
import { Scene } from '../../../dev/playground/scene/scene';
import { snapshotOf } from '../../../dev/playground/scene/snapshot';
import type { SceneNode } from '../../../dev/playground/scene/node';

function newScene() {
  let id = 1;
  return new Scene(() => `1:${++id}`, 'PAGE', 'Page 1', '0:1');
}

/** An imported drawing: a root frame with two coloured leaves, the second inside a shifted group. */
function drawing(scene: Scene): { root: SceneNode; a: SceneNode; b: SceneNode } {
  const root = scene.create('FRAME', 'icon', 24, 24);
  root.svg = { kind: 'root', viewBox: '0 0 24 24', extras: '' };
  const a = scene.create('VECTOR', 'a', 10, 10, root);
  a.svg = { kind: 'leaf', markup: '<path d="M0 0h10v10z" fill="#ff0000"/>' };
  a.fills = [{ type: 'SOLID', color: '#ff0000', opacity: 1 }];
  a.importedFills = a.fills;
  const group = scene.create('GROUP', 'g', 10, 10, root);
  group.svg = { kind: 'group', open: '<g transform="translate(10 10)">', close: '</g>' };
  group.x = 10;
  group.y = 10;
  const b = scene.create('VECTOR', 'b', 4, 4, group);
  b.svg = { kind: 'leaf', markup: '<path d="M0 0h4v4z" fill="#ff0000"/>' };
  b.fills = [{ type: 'SOLID', color: '#ff0000', opacity: 1 }];
  b.importedFills = b.fills;
  b.x = 2;
  return { root, a, b };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('components', () => {
  it('converts a node to a main component in its place, with a new id and its children', () => {
    const scene = newScene();
    const { root, a } = drawing(scene);
    root.x = 40;
    root.pluginData.set('meta', 'x');
    const main = convertNode(scene, root, 'COMPONENT', { kind: 'main' });
    expect(main.id).not.toBe(root.id);
    expect(root.removed).toBe(true);
    expect(scene.page.children).toEqual([main]);
    expect(main).toMatchObject({ x: 40, width: 24, height: 24, type: 'COMPONENT' });
    expect(main.children[0]).toBe(a);
    expect(main.pluginData.get('meta')).toBe('x');
    expect(snapshotOf(scene.page).children[0]).toMatchObject({ type: 'COMPONENT', component: 'main' });
  });

  it('joins main components into a set at their union bounds, children keeping their page places', () => {
    const scene = newScene();
    const one = convertNode(scene, drawing(scene).root, 'COMPONENT', { kind: 'main' });
    const two = convertNode(scene, drawing(scene).root, 'COMPONENT', { kind: 'main' });
    one.x = 100;
    two.x = 148;
    two.y = 10;
    const set = combineComponents(scene, [one, two], 'COMPONENT_SET', 'icon/home');
    expect(set).toMatchObject({ x: 100, y: 0, width: 72, height: 34 });
    expect(set.children).toEqual([one, two]);
    expect(two.absolute()).toEqual({ x: 148, y: 10 });
    expect(snapshotOf(set)).toMatchObject({ component: 'set', name: 'icon/home' });
  });

  it('keeps an instance mirroring its main component when the main changes', async () => {
    const scene = newScene();
    const main = convertNode(scene, drawing(scene).root, 'COMPONENT', { kind: 'main' });
    const instance = createInstance(scene, main, 'INSTANCE');
    instance.x = 200;
    expect(instance.children.map((c) => c.id)).toEqual(main.children.map((c) => `I${instance.id};${c.id}`));
    expect(snapshotOf(instance)).toMatchObject({ component: 'instance', mainComponentId: main.id });

    for (const child of [...main.children]) child.remove();
    const leaf = scene.create('VECTOR', 'new', 24, 24, main);
    leaf.fills = [{ type: 'SOLID', color: '#00ff00' }];
    await flush();
    expect(instance.children.map((c) => c.name)).toEqual(['new']);
    expect(instance.children[0]!.fills[0]?.color).toBe('#00ff00');
    expect(instance.x).toBe(200);
    expect(() => createInstance(scene, instance, 'INSTANCE')).toThrow();
  });

  it('settles instances on demand, before a snapshot', () => {
    const scene = newScene();
    const main = convertNode(scene, drawing(scene).root, 'COMPONENT', { kind: 'main' });
    const instance = createInstance(scene, main, 'INSTANCE');
    main.children[0]!.remove();
    scene.settle();
    expect(instance.children).toHaveLength(1);
  });
});

describe('colour bindings', () => {
  it('draw and snapshot a bound fill in the colour’s current value', () => {
    const scene = newScene();
    scene.colours.add({ kind: 'variable', id: 'VariableID:1:9', name: 'Brand/Primary', hex: '#4f46e5' });
    const { a } = drawing(scene);
    a.fills = [{ type: 'SOLID', color: '#4f46e5', binding: { kind: 'variable', id: 'VariableID:1:9' } }];
    a.strokes = [{ type: 'SOLID', color: '#4f46e5', binding: { kind: 'variable', id: 'VariableID:1:9' } }];
    scene.colours.setHex('VariableID:1:9', '#112233');
    const snap = snapshotOf(a);
    expect(snap.fills[0]).toMatchObject({
      color: '#112233',
      binding: { kind: 'variable', id: 'VariableID:1:9' },
    });
    expect(snap.strokes[0]?.color).toBe('#112233');
  });

  it('keeps the stored colour when the binding’s kind does not match or the colour is gone', () => {
    const scene = newScene();
    scene.colours.add({ kind: 'style', id: 'S:1,', name: 'Ink', hex: '#000000' });
    const { a } = drawing(scene);
    a.fills = [{ type: 'SOLID', color: '#abcdef', binding: { kind: 'variable', id: 'S:1,' } }];
    expect(snapshotOf(a).fills[0]?.color).toBe('#abcdef');
    expect(() => scene.colours.setHex('nope', '#000000')).toThrow();
    expect(() => scene.colours.setHex('S:1,', 'red')).toThrow();
  });
});

describe('flatten', () => {
  it('makes one leaf of several, at their union bounds, keeping each in its groups', () => {
    const scene = newScene();
    const { root, a, b } = drawing(scene);
    const flat = flattenLeaves(scene, [a, b], 'VECTOR', root, 0);
    expect(root.children[0]).toBe(flat);
    expect(root.children).toEqual([flat]); // the emptied group is gone, as in the editors
    expect(a.removed && b.removed).toBe(true);
    expect(flat).toMatchObject({ x: 0, y: 0, width: 16, height: 14 });
    expect(flat.svg).toEqual({
      kind: 'leaf',
      markup:
        '<g xmlns="http://www.w3.org/2000/svg"><path d="M0 0h10v10z" fill="#ff0000"/>' +
        '<g transform="translate(10 10)"><path d="M0 0h4v4z" fill="#ff0000"/></g></g>',
    });
    expect(flat.fills).toEqual(a.fills);
    expect(() => flattenLeaves(scene, [], 'VECTOR', root)).toThrow();
  });
});
