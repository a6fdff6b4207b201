import { SvgRejectedError } from './errors';
import { ownReferences, paintOf, type PaintReferences } from './references';
import { SHAPES } from './shape-bounds';
import { StyleReferences } from './stylesheet-references';
import { forEachElement, type SvgElement } from './tree';
import { indexIds, useTarget } from './use-references';
import type { Work } from './work';

type Count = (key: string) => void;

/** Elements that paint with inherited fill, stroke and markers (a <use> instance paints its copy with them). */
const PAINTERS = new Set([...SHAPES, 'text', 'tspan', 'textPath', 'use']);

interface Node {
  /** Elements this one draws through references, besides its children. */
  readonly targets: readonly SvgElement[];
  /** Characters a renderer reads for it: attribute values and text. */
  readonly weight: number;
}

interface Expansion {
  readonly size: number;
  readonly chars: number;
  readonly height: number;
}

/**
 * Makes the reference graph safe to follow, for this pipeline and for the host's importer, in time
 * linear in elements plus references:
 * - ids are made unique (the first keeps it, as in browsers), so dropping an element never turns a
 *   reference towards another one;
 * - a depth-first walk over children and references (href, url(#id) in attributes, style attributes and
 *   matched stylesheet rules, paint inherited by shapes) follows each reference once per path, with the
 *   elements of the current path in a set. An element whose reference leads back onto its own path
 *   closes a cycle and is dropped, with its subtree: that is what browsers do (an element in a reference
 *   cycle is in error and not drawn), and the rest of a paid result still lands. The root cannot be
 *   dropped: a reference from the root to itself loses the root's id instead;
 * - sizes are memoised per element, so the whole expansion (what a renderer instantiates) is measured
 *   without doing it, and refused past maxExpandedElements, maxExpandedChars or maxDepth: a "billion
 *   laughs" of <use>, clip paths or patterns stops here;
 * - finally every <use> left pointing at nothing is removed, cascading through uses of uses.
 */
export function checkReferences(root: SvgElement, work: Work, count: Count): void {
  dropDuplicateIds(root, count);
  const graph = buildGraph(root, work);
  const dropped = breakCycles(root, graph, work, count);
  removeElements(root, dropped, count);
  removeDanglingUses(root, count);
}

function dropDuplicateIds(root: SvgElement, count: Count): void {
  const seen = new Set<string>();
  forEachElement(root, (element) => {
    const id = element.attrs.get('id');
    if (id === undefined) return;
    if (!seen.has(id)) seen.add(id);
    else if (element.attrs.delete('id')) count('@id');
  });
}

function buildGraph(root: SvgElement, work: Work): Map<SvgElement, Node> {
  const ids = indexIds(root);
  const styles = new StyleReferences(root);
  const graph = new Map<SvgElement, Node>();
  const walk = (element: SvgElement, inherited: PaintReferences | undefined): void => {
    work.visit();
    const matched = styles.empty ? NONE : styles.declarationsFor(element, work);
    const refs = ownReferences(element, matched);
    const paint = paintOf(element, matched, inherited);
    if (paint && PAINTERS.has(element.name)) for (const list of paint.values()) refs.push(...list);
    let weight = 1;
    for (const value of element.attrs.values()) weight += value.length;
    for (const child of element.children) if (child.kind === 'text') weight += child.text.length;
    graph.set(element, { targets: resolve(refs, ids), weight });
    for (const child of element.children) if (child.kind === 'element') walk(child, paint);
  };
  walk(root, undefined);
  return graph;
}

const NONE: readonly never[] = [];

/** The distinct elements the ids name (missing ones are skipped: a dangling reference draws nothing). */
function resolve(refs: readonly string[], ids: ReadonlyMap<string, SvgElement>): readonly SvgElement[] {
  if (refs.length === 0) return NONE;
  const targets = new Set<SvgElement>();
  for (const id of refs) {
    const target = ids.get(id);
    if (target) targets.add(target);
  }
  return [...targets];
}

function breakCycles(
  root: SvgElement,
  graph: Map<SvgElement, Node>,
  work: Work,
  count: Count,
): Set<SvgElement> {
  const walk = new CycleWalk(root, graph, work, count);
  walk.expand(root, 1);
  return walk.dropped;
}

/** The depth-first walk of checkReferences, its state in fields (no closure per element). */
class CycleWalk {
  readonly dropped = new Set<SvgElement>();
  private readonly memo = new Map<SvgElement, Expansion>();
  private readonly onPath = new Set<SvgElement>();

  constructor(
    private readonly root: SvgElement,
    private readonly graph: ReadonlyMap<SvgElement, Node>,
    private readonly work: Work,
    private readonly count: Count,
  ) {}

  /** The expansion under `element` at `depth`. Recursion is bounded: past maxDepth the file is refused. */
  expand(element: SvgElement, depth: number): Expansion {
    const { limits } = this.work;
    const known = this.memo.get(element);
    if (known) {
      if (depth + known.height > limits.maxDepth) throw this.tooDeep();
      return known;
    }
    if (depth > limits.maxDepth) throw this.tooDeep();
    this.work.visit();
    const node = this.graph.get(element);
    const sum = { size: 1, chars: node?.weight ?? 1, height: 0 };
    this.onPath.add(element);
    for (const child of element.children)
      if (child.kind === 'element') this.add(sum, this.expand(child, depth + 1));
    for (const target of node?.targets ?? NONE) {
      this.work.follow();
      if (!this.onPath.has(target)) this.add(sum, this.expand(target, depth + 1));
      else if (element !== this.root) {
        this.dropped.add(element); // its reference closes a cycle
        break;
      } else if (element.attrs.delete('id')) this.count('@id');
    }
    this.onPath.delete(element);
    this.memo.set(element, sum);
    return sum;
  }

  private add(sum: { size: number; chars: number; height: number }, part: Expansion): void {
    const { limits } = this.work;
    sum.size += part.size;
    sum.chars += part.chars;
    sum.height = Math.max(sum.height, part.height + 1);
    if (sum.size > limits.maxExpandedElements) {
      throw new SvgRejectedError(
        'too-many-elements',
        `its references expand past ${limits.maxExpandedElements} elements`,
      );
    }
    if (sum.chars > limits.maxExpandedChars) {
      throw new SvgRejectedError(
        'too-large',
        `its references expand past ${limits.maxExpandedChars} characters`,
      );
    }
  }

  private tooDeep(): SvgRejectedError {
    return new SvgRejectedError('too-deep', `its references nest past ${this.work.limits.maxDepth} levels`);
  }
}

function removeElements(element: SvgElement, drop: ReadonlySet<SvgElement>, count: Count): void {
  if (drop.size === 0) return;
  element.children = element.children.filter((child) => {
    if (child.kind !== 'element') return true;
    if (drop.has(child)) {
      count(child.name);
      return false;
    }
    removeElements(child, drop, count);
    return true;
  });
}

/**
 * Removes every <use> whose target is gone, then the uses that pointed at those: a worklist over a
 * target → uses index, so a chain of n uses costs n steps, not n passes.
 */
function removeDanglingUses(root: SvgElement, count: Count): void {
  const ids = indexIds(root);
  const usesOf = new Map<SvgElement, SvgElement[]>();
  const queue: SvgElement[] = [];
  forEachElement(root, (element) => {
    if (element.name !== 'use') return;
    const target = useTarget(element, ids);
    if (!target) queue.push(element);
    else {
      const uses = usesOf.get(target);
      if (uses) uses.push(element);
      else usesOf.set(target, [element]);
    }
  });
  const dead = new Set<SvgElement>();
  for (let use = queue.pop(); use; use = queue.pop()) {
    if (dead.has(use)) continue;
    forEachElement(use, (gone) => {
      dead.add(gone);
      for (const user of usesOf.get(gone) ?? []) queue.push(user);
    });
  }
  removeElements(root, dead, count);
}
