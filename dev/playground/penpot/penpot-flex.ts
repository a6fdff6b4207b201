/**
 * Board.addFlexLayout and board.flex: Penpot's flex layout over the scene's
 * auto layout. Penpot lays a flex board's children out from the top-most
 * layer (the last of its shapes) first; the scene lays children out in
 * array order. So a flex board's scene children are kept in flow order,
 * the reverse of Penpot's shapes order, and penpot-shapes.ts translates.
 */
import type { SceneNode } from '../scene/node';

type Sizing = 'fix' | 'fill' | 'auto';

interface FlexValues {
  dir: 'row' | 'row-reverse' | 'column' | 'column-reverse';
  wrap: 'wrap' | 'nowrap';
  rowGap: number;
  columnGap: number;
  topPadding: number;
  rightPadding: number;
  bottomPadding: number;
  leftPadding: number;
  horizontalSizing: Sizing;
  verticalSizing: Sizing;
  alignItems?: string;
  alignContent?: string;
  justifyItems?: string;
  justifyContent?: string;
}

const flexes = new WeakMap<SceneNode, FlexValues>();
/** Board.horizontalSizing / verticalSizing ('auto': the board hugs its content). */
const boardSizing = new WeakMap<SceneNode, { horizontal: 'fix' | 'auto'; vertical: 'fix' | 'auto' }>();

export function hasFlex(node: SceneNode): boolean {
  return flexes.has(node);
}

export function addFlex(node: SceneNode): void {
  if (flexes.has(node)) return;
  flexes.set(node, {
    dir: 'row',
    wrap: 'nowrap',
    rowGap: 0,
    columnGap: 0,
    topPadding: 0,
    rightPadding: 0,
    bottomPadding: 0,
    leftPadding: 0,
    horizontalSizing: 'fix',
    verticalSizing: 'fix',
  });
  node.children.reverse();
  apply(node);
}

function removeFlex(node: SceneNode): void {
  if (!flexes.delete(node)) return;
  node.children.reverse();
  node.layout = undefined;
}

export function boardSizingOf(node: SceneNode): { horizontal: 'fix' | 'auto'; vertical: 'fix' | 'auto' } {
  return boardSizing.get(node) ?? { horizontal: 'fix', vertical: 'fix' };
}

export function setBoardSizing(node: SceneNode, axis: 'horizontal' | 'vertical', value: unknown): void {
  if (value !== 'fix' && value !== 'auto') throw new Error(`Invalid ${axis}Sizing: ${String(value)}`);
  boardSizing.set(node, { ...boardSizingOf(node), [axis]: value });
  if (flexes.has(node)) apply(node);
}

function apply(node: SceneNode): void {
  const v = flexes.get(node);
  if (!v) return;
  const row = v.dir === 'row' || v.dir === 'row-reverse';
  const sizing = boardSizingOf(node);
  node.layout = {
    direction: row ? 'row' : 'column',
    wrap: v.wrap === 'wrap',
    gap: row ? v.columnGap : v.rowGap,
    rowGap: row ? v.rowGap : v.columnGap,
    padding: { top: v.topPadding, right: v.rightPadding, bottom: v.bottomPadding, left: v.leftPadding },
    hugWidth: v.horizontalSizing === 'auto' || sizing.horizontal === 'auto',
    hugHeight: v.verticalSizing === 'auto' || sizing.vertical === 'auto',
  };
}

const number = (value: unknown, what: string): number => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`Invalid ${what}`);
  return value;
};

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (!allowed.includes(value as T)) throw new Error(`Invalid ${what}: ${String(value)}`);
  return value as T;
}

/** board.flex: every property an accessor over the board's values, so it works on a hardened facade. */
export class PenpotFlexLayout {
  readonly #node: SceneNode;
  readonly #append: (child: unknown) => void;

  constructor(node: SceneNode, append: (child: unknown) => void) {
    this.#node = node;
    this.#append = append;
  }

  #values(): FlexValues {
    const values = flexes.get(this.#node);
    if (!values) throw new Error('The board has no flex layout any more');
    return values;
  }
  #set<K extends keyof FlexValues>(key: K, value: FlexValues[K]): void {
    this.#values()[key] = value;
    apply(this.#node);
  }

  get dir(): FlexValues['dir'] {
    return this.#values().dir;
  }
  set dir(value: FlexValues['dir']) {
    this.#set('dir', oneOf(value, ['row', 'row-reverse', 'column', 'column-reverse'], 'dir'));
  }
  get wrap(): FlexValues['wrap'] {
    return this.#values().wrap;
  }
  set wrap(value: FlexValues['wrap']) {
    this.#set('wrap', oneOf(value, ['wrap', 'nowrap'], 'wrap'));
  }
  get rowGap(): number {
    return this.#values().rowGap;
  }
  set rowGap(value: number) {
    this.#set('rowGap', number(value, 'rowGap'));
  }
  get columnGap(): number {
    return this.#values().columnGap;
  }
  set columnGap(value: number) {
    this.#set('columnGap', number(value, 'columnGap'));
  }
  get topPadding(): number {
    return this.#values().topPadding;
  }
  set topPadding(value: number) {
    this.#set('topPadding', number(value, 'topPadding'));
  }
  get rightPadding(): number {
    return this.#values().rightPadding;
  }
  set rightPadding(value: number) {
    this.#set('rightPadding', number(value, 'rightPadding'));
  }
  get bottomPadding(): number {
    return this.#values().bottomPadding;
  }
  set bottomPadding(value: number) {
    this.#set('bottomPadding', number(value, 'bottomPadding'));
  }
  get leftPadding(): number {
    return this.#values().leftPadding;
  }
  set leftPadding(value: number) {
    this.#set('leftPadding', number(value, 'leftPadding'));
  }
  get verticalPadding(): number {
    return this.#values().topPadding;
  }
  set verticalPadding(value: number) {
    this.topPadding = value;
    this.bottomPadding = value;
  }
  get horizontalPadding(): number {
    return this.#values().leftPadding;
  }
  set horizontalPadding(value: number) {
    this.leftPadding = value;
    this.rightPadding = value;
  }
  get horizontalSizing(): Sizing {
    return this.#values().horizontalSizing;
  }
  set horizontalSizing(value: Sizing) {
    this.#set('horizontalSizing', oneOf(value, ['fix', 'fill', 'auto'], 'horizontalSizing'));
  }
  get verticalSizing(): Sizing {
    return this.#values().verticalSizing;
  }
  set verticalSizing(value: Sizing) {
    this.#set('verticalSizing', oneOf(value, ['fix', 'fill', 'auto'], 'verticalSizing'));
  }
  get alignItems(): string | undefined {
    return this.#values().alignItems;
  }
  set alignItems(value: string) {
    this.#set('alignItems', String(value));
  }
  get alignContent(): string | undefined {
    return this.#values().alignContent;
  }
  set alignContent(value: string) {
    this.#set('alignContent', String(value));
  }
  get justifyItems(): string | undefined {
    return this.#values().justifyItems;
  }
  set justifyItems(value: string) {
    this.#set('justifyItems', String(value));
  }
  get justifyContent(): string | undefined {
    return this.#values().justifyContent;
  }
  set justifyContent(value: string) {
    this.#set('justifyContent', String(value));
  }
  /** Penpot's default ordering: on top of the layers, so first in the flow. */
  appendChild(child: unknown): void {
    this.#append(child);
  }
  remove(): void {
    removeFlex(this.#node);
  }
}
