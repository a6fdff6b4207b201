/**
 * The emulated Figma's component, variable, style and auto layout API, with
 * the behaviour Figma documents (the parts that need no DOM).
 */
import { describe, expect, it } from 'vitest';
import { createFigmaComponents } from '../../../dev/playground/figma/figma-components';
import { createFigmaNodeContext } from '../../../dev/playground/figma/figma-page';
import { seedFigmaColours, variableById } from '../../../dev/playground/figma/figma-styles';
import { setBoundVariableForPaint } from '../../../dev/playground/figma/paints';
import { Scene } from '../../../dev/playground/scene/scene';
import { snapshotOf } from '../../../dev/playground/scene/snapshot';

function figmaWorld() {
  let id = 1;
  const scene = new Scene(() => `1:${++id}`, 'PAGE', 'Page 1', '0:1');
  seedFigmaColours(scene);
  const ctx = createFigmaNodeContext(scene);
  // The emulation's objects, seen as the plugin typings describe them.
  const frame = (name = 'Frame') => ctx.wrap(scene.create('FRAME', name, 24, 24)) as unknown as FrameNode;
  const vector = (parent: FrameNode) =>
    ctx.wrap(
      scene.create('VECTOR', 'Vector', 10, 10, (parent as unknown as { sceneNode: never }).sceneNode),
    ) as unknown as VectorNode;
  const api = createFigmaComponents(ctx) as unknown as {
    createComponent(): ComponentNode;
    createComponentFromNode(node: SceneNode): ComponentNode;
    combineAsVariants(nodes: readonly ComponentNode[], parent: BaseNode, index?: number): ComponentSetNode;
  };
  return { scene, frame, vector, api };
}

const RED: SolidPaint = { type: 'SOLID', color: { r: 1, g: 0, b: 0 } };

describe('emulated Figma components', () => {
  it('makes a component from a frame (new id, same place and children) and refuses one inside a component', () => {
    const { frame, vector, api } = figmaWorld();
    const source = frame('Icon');
    source.x = 40;
    vector(source);
    const component = api.createComponentFromNode(source);
    expect(component).toMatchObject({ type: 'COMPONENT', name: 'Icon', x: 40 });
    expect(component.id).not.toBe(source.id);
    expect(source.removed).toBe(true);
    expect(component.children.map((c) => c.type)).toEqual(['VECTOR']);
    expect(() => api.createComponentFromNode(component)).toThrow('Cannot create component from node');
    expect(() => api.createComponentFromNode(component.children[0]!)).toThrow(
      'Cannot create component from node',
    );
  });

  it('combines components as variants, naming the set’s children Prop=Value, and takes only components after', () => {
    const { scene, frame, api } = figmaWorld();
    const container = frame('Icons');
    const one = api.createComponent();
    one.name = 'Option=1';
    const two = api.createComponent();
    two.name = 'loose name';
    container.appendChild(one);
    container.appendChild(two);
    const set = api.combineAsVariants([one, two], container, 0);
    expect(set.type).toBe('COMPONENT_SET');
    expect(set.parent).toBe(container);
    expect(set.children.map((c) => c.name)).toEqual(['Option=1', 'Property 1=Variant2']);
    expect(() => set.appendChild(frame('not a component'))).toThrow('COMPONENT_SET');
    expect(() => api.combineAsVariants([], container)).toThrow();
    expect(() => api.combineAsVariants([frame() as unknown as ComponentNode], container)).toThrow();
    expect(snapshotOf(scene.page).children[0]!.children[0]).toMatchObject({
      type: 'COMPONENT_SET',
      component: 'set',
    });
  });

  it('gives instances that follow their main component', async () => {
    const { scene, vector, api } = figmaWorld();
    const main = api.createComponent();
    const instance = main.createInstance();
    expect(instance.type).toBe('INSTANCE');
    expect(await instance.getMainComponentAsync()).toBe(main);
    expect(() => instance.mainComponent).toThrow('getMainComponentAsync');
    vector(main as unknown as FrameNode).fills = [RED];
    scene.settle();
    expect(instance.children).toHaveLength(1);
    expect((instance.children[0] as VectorNode).fills).toMatchObject([{ color: RED.color }]);
    expect(() => instance.appendChild(api.createComponent())).toThrow('instance');
  });
});

describe('emulated Figma colours', () => {
  it('binds a paint to a variable as a copy, and the node shows the variable’s value with its alias', () => {
    const { scene, frame, vector } = figmaWorld();
    const variable = variableById(scene, 'VariableID:1:3')!;
    const bound = setBoundVariableForPaint(RED, 'color', variable);
    expect(RED).not.toHaveProperty('boundVariables');
    expect(bound.boundVariables?.color).toEqual({ type: 'VARIABLE_ALIAS', id: 'VariableID:1:3' });
    expect(setBoundVariableForPaint(bound, 'color', null)).not.toHaveProperty('boundVariables');
    expect(() => setBoundVariableForPaint(RED, 'opacity' as never, variable)).toThrow();

    const leaf = vector(frame());
    leaf.strokes = [bound];
    scene.colours.setHex('VariableID:1:3', '#000080');
    expect(leaf.strokes[0]).toMatchObject({
      color: { r: 0, g: 0, b: 128 / 255 },
      boundVariables: { color: { type: 'VARIABLE_ALIAS', id: 'VariableID:1:3' } },
    });
    const alien = { ...RED, boundVariables: { color: { type: 'VARIABLE_ALIAS', id: 'VariableID:9:9' } } };
    expect(() => (leaf.fills = [alien as SolidPaint])).toThrow();
  });

  it('links fills and strokes to a paint style until plain paints replace them', async () => {
    const { frame, vector } = figmaWorld();
    const leaf = vector(frame());
    await leaf.setFillStyleIdAsync('S:brand1,');
    await leaf.setStrokeStyleIdAsync('S:brand2,');
    expect(leaf.fillStyleId).toBe('S:brand1,');
    expect(leaf.strokeStyleId).toBe('S:brand2,');
    expect(leaf.fills).toMatchObject([{ type: 'SOLID', color: { r: 0x1f / 255 } }]);
    expect(() => (leaf.fillStyleId = '')).toThrow('setFillStyleIdAsync');
    await expect(leaf.setFillStyleIdAsync('S:nope,')).rejects.toThrow();
    leaf.fills = [RED];
    expect(leaf.fillStyleId).toBe('');
  });
});

describe('emulated Figma auto layout', () => {
  it('maps the layout properties onto the scene, and resize fixes both axes', () => {
    const { scene, frame, api } = figmaWorld();
    const container = frame('Icons');
    container.layoutMode = 'HORIZONTAL';
    container.layoutWrap = 'WRAP';
    container.itemSpacing = 24;
    container.counterAxisSpacing = 24;
    container.paddingLeft = container.paddingRight = container.paddingTop = container.paddingBottom = 24;
    container.resize(24 * 7, 24);
    expect(container.primaryAxisSizingMode).toBe('FIXED');
    container.counterAxisSizingMode = 'AUTO';
    for (let i = 0; i < 4; i++) container.appendChild(api.createComponent());
    expect(container.children.map((c) => [c.x, c.y])).toEqual([
      [24, 24],
      [24, 148],
      [24, 272],
      [24, 396],
    ]);
    expect(container.width).toBe(168);
    expect(snapshotOf(scene.page).children[0]!.layout).toMatchObject({
      wrap: true,
      hugHeight: true,
      hugWidth: false,
    });
    expect(() => (container.layoutMode = 'SIDEWAYS' as never)).toThrow();
    container.layoutMode = 'VERTICAL';
    expect(container.layoutWrap).toBe('NO_WRAP');
    expect(() => (container.layoutWrap = 'WRAP')).toThrow('horizontal');
    expect(container.children.map((c) => c.y)).toEqual([24, 148, 272, 396]);
  });
});
