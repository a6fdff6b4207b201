/**
 * The document's local paint styles and colour variables, a small brand
 * palette as a design file would have, kept in the scene's document colours
 * so a fill bound to one follows it (playground.setColour). Seeded once per
 * page load (seedFigmaColours); the API objects are read from the scene on
 * every call.
 */
import type { DocumentColour } from '../scene/colours';
import type { Scene } from '../scene/scene';
import { hexToRgb } from './paints';

/** One collection, two modes: only the default mode's value is the colour a binding shows. */
const BRAND_COLLECTION = { id: 'VariableCollectionId:1:1', name: 'Brand', defaultModeId: '1:0' };
const DARK_MODE = '1:1';

const SEED: readonly DocumentColour[] = [
  { kind: 'style', id: 'S:brand1,', name: 'Brand/Ink', hex: '#1f2a44' },
  { kind: 'style', id: 'S:brand2,', name: 'Brand/Coral', hex: '#ff6b4a' },
  { kind: 'style', id: 'S:brand3,', name: 'Brand/Sun', hex: '#ffc23c' },
  {
    kind: 'variable',
    id: 'VariableID:1:2',
    name: 'brand/teal',
    hex: '#14b8a6',
    otherModes: { [DARK_MODE]: '#0f766e' },
  },
  {
    kind: 'variable',
    id: 'VariableID:1:3',
    name: 'Brand/Primary',
    hex: '#4f46e5',
    otherModes: { [DARK_MODE]: '#818cf8' },
  },
  {
    kind: 'variable',
    id: 'VariableID:1:4',
    name: 'Brand/Accent',
    hex: '#f59e0b',
    otherModes: { [DARK_MODE]: '#fbbf24' },
  },
];

export function seedFigmaColours(scene: Scene): void {
  for (const colour of SEED) scene.colours.add(colour);
}

const solid = (hex: string) =>
  Object.freeze({
    type: 'SOLID',
    visible: true,
    opacity: 1,
    blendMode: 'NORMAL',
    color: Object.freeze(hexToRgb(hex)),
  });

function styleOf(colour: DocumentColour): PaintStyle {
  return Object.freeze({
    id: colour.id,
    type: 'PAINT',
    name: colour.name,
    description: '',
    remote: false,
    key: colour.id.replace(/\W/g, ''),
    paints: Object.freeze([solid(colour.hex)]),
  }) as unknown as PaintStyle;
}

function variableOf(colour: DocumentColour): Variable {
  const modes: Record<string, RGBA> = { [BRAND_COLLECTION.defaultModeId]: { ...hexToRgb(colour.hex), a: 1 } };
  for (const [mode, hex] of Object.entries(colour.otherModes ?? {})) modes[mode] = { ...hexToRgb(hex), a: 1 };
  return Object.freeze({
    id: colour.id,
    name: colour.name,
    resolvedType: 'COLOR',
    remote: false,
    variableCollectionId: BRAND_COLLECTION.id,
    valuesByMode: Object.freeze(modes),
  }) as unknown as Variable;
}

export function localPaintStyles(scene: Scene): PaintStyle[] {
  return scene.colours.list('style').map(styleOf);
}

export function paintStyleById(scene: Scene, id: string): PaintStyle | null {
  const colour = scene.colours.get(id);
  return colour?.kind === 'style' ? styleOf(colour) : null;
}

export function localColorVariables(scene: Scene): Variable[] {
  return scene.colours.list('variable').map(variableOf);
}

export function variableById(scene: Scene, id: string): Variable | null {
  const colour = scene.colours.get(id);
  return colour?.kind === 'variable' ? variableOf(colour) : null;
}

export function variableCollection(id: string): VariableCollection | null {
  return id === BRAND_COLLECTION.id ? (BRAND_COLLECTION as unknown as VariableCollection) : null;
}
