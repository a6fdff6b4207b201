/**
 * penpot.library's objects: LibraryColor (asFill/asStroke give a reference to
 * the colour), LibraryComponent (mainInstance, instance, variants) and
 * Variants, as facades over the file's library (penpot-library.ts). Like the
 * shapes, they keep their state in private fields: the runtime hardens them.
 */
import type { Fill, Stroke } from '@penpot/plugin-types';
import { createInstance } from '../scene/components';
import type { DocumentColour } from '../scene/colours';
import type { SceneNode } from '../scene/node';
import {
  FILE_ID,
  libraryOf,
  registerComponent,
  splitPath,
  variantPropsOf,
  type ComponentRecord,
} from './penpot-library';
import type { PenpotShapeBase, PenpotShapeContext } from './penpot-shapes';

export class PenpotLibraryColor {
  readonly #colour: DocumentColour;

  constructor(colour: DocumentColour) {
    this.#colour = colour;
  }

  get id(): string {
    return this.#colour.id;
  }
  get libraryId(): string {
    return FILE_ID;
  }
  get fileId(): string {
    return FILE_ID;
  }
  get name(): string {
    return splitPath(this.#colour.name).name;
  }
  get path(): string {
    return splitPath(this.#colour.name).path;
  }
  get color(): string {
    return this.#colour.hex;
  }
  get opacity(): number {
    return 1;
  }
  asFill(): Fill {
    return {
      fillColor: this.#colour.hex,
      fillOpacity: 1,
      fillColorRefFile: FILE_ID,
      fillColorRefId: this.#colour.id,
    };
  }
  /** As Penpot gives it: solid, inner. */
  asStroke(): Stroke {
    return {
      strokeColor: this.#colour.hex,
      strokeOpacity: 1,
      strokeColorRefFile: FILE_ID,
      strokeColorRefId: this.#colour.id,
      strokeStyle: 'solid',
      strokeAlignment: 'inner',
    };
  }
  getPluginData(): string {
    return '';
  }
  getPluginDataKeys(): string[] {
    return [];
  }
}

export class PenpotLibraryComponent {
  readonly #record: ComponentRecord;
  readonly #ctx: PenpotShapeContext;

  constructor(record: ComponentRecord, ctx: PenpotShapeContext) {
    this.#record = record;
    this.#ctx = ctx;
  }

  get id(): string {
    return this.#record.id;
  }
  get libraryId(): string {
    return FILE_ID;
  }
  get name(): string {
    return this.#record.name;
  }
  set name(value: string) {
    this.#record.name = String(value);
  }
  get path(): string {
    return this.#record.path;
  }
  set path(value: string) {
    this.#record.path = String(value);
  }
  mainInstance(): PenpotShapeBase {
    return this.#ctx.wrap(this.#record.main);
  }
  /** A copy on the page at (0, 0), linked to the main: it follows every change to it. */
  instance(): PenpotShapeBase {
    return this.#ctx.wrap(createInstance(this.#ctx.scene, this.#record.main, 'board'));
  }
  isVariant(): boolean {
    return this.#record.main.parent?.component?.kind === 'set';
  }
  get variants(): PenpotVariants | null {
    const set = this.#record.main.parent;
    return set && set.component?.kind === 'set' ? new PenpotVariants(set, this.#ctx) : null;
  }
  get variantProps(): Record<string, string> | undefined {
    return variantPropsOf(this.#ctx.scene, this.#record);
  }
  setVariantProperty(pos: number, value: string): void {
    if (!Number.isInteger(pos) || pos < 0 || typeof value !== 'string') return;
    this.#record.values[pos] = value;
    this.#record.main.touch();
  }
  getPluginData(): string {
    return '';
  }
  getPluginDataKeys(): string[] {
    return [];
  }
}

/** A variant container's variants: its property names and its components. */
export class PenpotVariants {
  readonly #set: SceneNode;
  readonly #ctx: PenpotShapeContext;

  constructor(set: SceneNode, ctx: PenpotShapeContext) {
    this.#set = set;
    this.#ctx = ctx;
  }

  get id(): string {
    return this.#set.id;
  }
  get libraryId(): string {
    return FILE_ID;
  }
  get properties(): string[] {
    return [...this.#names()];
  }
  currentValues(property: string): string[] {
    const pos = this.#names().indexOf(property);
    return pos < 0 ? [] : [...new Set(this.#records().map((r) => r.values[pos] ?? ''))];
  }
  renameProperty(pos: number, name: string): void {
    const names = this.#names();
    if (!Number.isInteger(pos) || pos < 0 || pos >= names.length || typeof name !== 'string') return;
    names[pos] = name;
    this.#set.touch();
  }
  addProperty(): void {
    const names = this.#names();
    names.push(`Property ${names.length + 1}`);
    for (const record of this.#records()) record.values.push('');
    this.#set.touch();
  }
  removeProperty(pos: number): void {
    const names = this.#names();
    if (!Number.isInteger(pos) || pos < 0 || pos >= names.length || names.length === 1) return;
    names.splice(pos, 1);
    for (const record of this.#records()) record.values.splice(pos, 1);
    this.#set.touch();
  }
  variantComponents(): PenpotLibraryComponent[] {
    return this.#records().map((record) => new PenpotLibraryComponent(record, this.#ctx));
  }
  /** A duplicate of the first variant (drawing, plugin data and values), added to the container. */
  addVariant(): void {
    const [first] = this.#records();
    if (!first) return;
    const { scene } = this.#ctx;
    // An instance copies the main's contents; made a main of its own, it stops following it.
    const copy = createInstance(scene, first.main, 'board', this.#set);
    copy.component = undefined;
    for (const [key, value] of first.main.pluginData) copy.pluginData.set(key, value);
    const record = registerComponent(scene, copy);
    record.name = first.name;
    record.path = first.path;
    record.values = [...first.values];
  }

  #names(): string[] {
    const { properties } = libraryOf(this.#ctx.scene);
    let names = properties.get(this.#set);
    if (!names) properties.set(this.#set, (names = ['Property 1']));
    return names;
  }

  #records(): ComponentRecord[] {
    const { byMain } = libraryOf(this.#ctx.scene);
    return this.#set.children.flatMap((child) => byMain.get(child) ?? []);
  }
}
