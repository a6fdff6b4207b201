/**
 * figma.createComponent, createComponentFromNode, combineAsVariants and
 * flatten over the scene (scene/components.ts, scene/flatten.ts), with the
 * restrictions Figma documents and throws for.
 */
import { combineComponents, convertNode } from '../scene/components';
import { flattenLeaves } from '../scene/flatten';
import type { SceneNode } from '../scene/node';
import { FigmaBase, type FigmaNodeContext } from './figma-nodes';

/** A variant's name: one or more `Property=Value` pairs, comma-separated. */
const VARIANT_NAME = /^\s*[^=,]+=[^=,]*(,\s*[^=,]+=[^=,]*)*$/;

function sceneOf(node: unknown, what: string): SceneNode {
  if (!(node instanceof FigmaBase) || node.removed) throw new Error(`${what}: expected a node that exists`);
  return node.sceneNode;
}

function inComponentOrInstance(node: SceneNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p.component) return true;
  return false;
}

export function createFigmaComponents(ctx: FigmaNodeContext) {
  const { scene } = ctx;
  let sets = 0;
  let components = 0;
  return {
    createComponent(): FigmaBase {
      const node = scene.create('COMPONENT', `Component ${++components}`, 100, 100);
      // "A new, empty component", 100 × 100 on the current page (unlike createFrame, no white background).
      node.component = { kind: 'main' };
      node.fills = [];
      return ctx.wrap(node);
    },

    createComponentFromNode(input: FigmaBase): FigmaBase {
      const node = sceneOf(input, 'createComponentFromNode');
      if (node === scene.page || node.component || inComponentOrInstance(node))
        throw new Error('Cannot create component from node');
      return ctx.wrap(convertNode(scene, node, 'COMPONENT', { kind: 'main' }));
    },

    combineAsVariants(nodes: readonly FigmaBase[], parent: FigmaBase, index?: number): FigmaBase {
      if (!Array.isArray(nodes) || nodes.length === 0)
        throw new Error('combineAsVariants: nodes must be a non-empty array');
      const mains = nodes.map((n) => sceneOf(n, 'combineAsVariants'));
      if (mains.some((m) => m.type !== 'COMPONENT' || m.component?.kind !== 'main'))
        throw new Error('combineAsVariants: every node must be a component');
      const into = sceneOf(parent, 'combineAsVariants parent');
      if (!('children' in parent) || into.component) throw new Error('combineAsVariants: invalid parent');
      // Figma names a component that is not yet `Property=Value` as a variant of a default property.
      mains.forEach((main, i) => {
        if (!VARIANT_NAME.test(main.name))
          main.name = i === 0 ? 'Property 1=Default' : `Property 1=Variant${i + 1}`;
      });
      const set = combineComponents(scene, mains, 'COMPONENT_SET', `Component ${++sets}`, into, index);
      return ctx.wrap(set);
    },

    flatten(nodes: readonly FigmaBase[], parent?: FigmaBase, index?: number): FigmaBase {
      if (!Array.isArray(nodes) || nodes.length === 0)
        throw new Error('flatten: nodes must be a non-empty array');
      const into = parent === undefined ? scene.page : sceneOf(parent, 'flatten parent');
      const leaves: SceneNode[] = [];
      for (const node of nodes.map((n) => sceneOf(n, 'flatten'))) {
        if (inComponentOrInstance(node) && insideInstance(node))
          throw new Error('Cannot flatten nodes inside an instance');
        node.walk((n) => {
          if (n.children.length === 0 && !leaves.includes(n)) leaves.push(n);
        });
      }
      return ctx.wrap(flattenLeaves(scene, leaves, 'VECTOR', into, index));
    },
  };
}

function insideInstance(node: SceneNode): boolean {
  for (let p: SceneNode | null = node; p; p = p.parent) if (p.component?.kind === 'instance') return true;
  return false;
}
