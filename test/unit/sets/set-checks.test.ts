import { describe, expect, it } from 'vitest';
import { userError } from '../../../core/errors/catalogue';
import { iconMetaFor } from '../../../core/sets/icon-request';
import {
  isIconMeta,
  isIconSetRecord,
  isIconSetSpec,
  isSetColour,
  isSetItem,
  isSetSlot,
  isSwatch,
} from '../../../core/sets/set-checks';
import { newSetRecord, withItem } from '../../../core/sets/set-record';
import type { SetColour } from '../../../core/sets/types';
import type { Swatch } from '../../../core/color/swatch';
import { sampleSpec } from './fixtures';

const swatch: Swatch = { kind: 'variable', id: 'VariableID:1:2', name: 'Brand/Primary', hex: '#1E88E5' };
const mono: SetColour = { mode: 'mono', mono: '#1e88e5', palette: [], bind: swatch };
const spec = sampleSpec({ colour: { mode: 'palette', mono: '#000', palette: ['#112233', '#fff'] } });

describe('set checks', () => {
  it('swatches: a known kind, ids and names, a hex colour', () => {
    expect(isSwatch(swatch)).toBe(true);
    for (const kind of ['style', 'library']) expect(isSwatch({ ...swatch, kind })).toBe(true);
    for (const bad of [
      { ...swatch, kind: 'paint' },
      { ...swatch, id: 3 },
      { ...swatch, name: undefined },
      { ...swatch, hex: 'blue' },
      { ...swatch, hex: '#12345' },
      null,
      'swatch',
    ]) {
      expect(isSwatch(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('colours: a mode, hex colours, an optional swatch to bind', () => {
    expect(isSetColour(mono)).toBe(true);
    expect(isSetColour(spec.colour)).toBe(true);
    expect(isSetColour({ ...mono, mode: 'rainbow' })).toBe(false);
    expect(isSetColour({ ...mono, mono: 'red' })).toBe(false);
    expect(isSetColour({ ...mono, palette: ['#fff', 7] })).toBe(false);
    expect(isSetColour({ ...mono, palette: '#fff' })).toBe(false);
    expect(isSetColour({ ...mono, bind: { ...swatch, kind: 'gradient' } })).toBe(false);
  });

  it('specs: every field of its type, an offered icon size, 1 to 4 variants', () => {
    expect(isIconSetSpec(spec)).toBe(true);
    expect(isIconSetSpec({ ...spec, insideId: '1:2', colour: mono })).toBe(true);
    expect(isIconSetSpec({ ...spec, controls: { colors: [{ rgb: [79, 70, 229] }] } })).toBe(true);
    for (const [field, value] of [
      ['setId', ''],
      ['setId', 1],
      ['name', null],
      ['prefix', undefined],
      ['subjects', 'home'],
      ['subjects', ['home', 2]],
      ['style', 0],
      ['template', undefined],
      ['model', 'dall-e'],
      ['size', 1024],
      ['iconSize', 40],
      ['iconSize', '24'],
      ['padding', Number.NaN],
      ['padding', '2'],
      ['colour', { mode: 'keep' }],
      ['variants', 0],
      ['variants', 5],
      ['variants', 1.5],
      ['insideId', 12],
      ['controls', { colors: [{ rgb: [300, 0, 0] }] }],
      ['controls', 'indigo'],
    ] as const) {
      expect(isIconSetSpec({ ...spec, [field]: value }), `${field}: ${String(value)}`).toBe(false);
    }
  });

  it('items and slots: a place in the list, a variant, a known state', () => {
    const failed = { index: 2, variant: 1, state: 'failed', error: userError('set-item-interrupted') };
    expect(isSetItem(failed)).toBe(true);
    expect(isSetItem({ index: 0, variant: 4, state: 'landed', taskId: 't', nodeId: 'n' })).toBe(true);
    for (const bad of [
      { ...failed, index: -1 },
      { ...failed, index: 0.5 },
      { ...failed, variant: 0 },
      { ...failed, variant: 5 },
      { ...failed, state: 'lost' },
      { ...failed, taskId: 1 },
      { ...failed, nodeId: {} },
      { ...failed, error: 'it broke' },
    ]) {
      expect(isSetItem(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(isSetSlot({ setId: 's', index: 0, variant: 1 })).toBe(true);
    expect(isSetSlot({ setId: 's', index: 0 })).toBe(false);
    expect(isSetSlot({ index: 0, variant: 1 })).toBe(false);
  });

  it('records: a spec whose items are its own, one per subject and variant, in list order', () => {
    const record = withItem(newSetRecord({ ...spec, variants: 2 }, 'c1', 5), 1, 2, {
      state: 'accepted',
      taskId: 't',
    });
    expect(isIconSetRecord(record)).toBe(true);
    expect(isIconSetRecord({ ...record, doneAt: 9, stopped: true })).toBe(true);
    expect(isIconSetRecord(JSON.parse(JSON.stringify(record)))).toBe(true);
    const items = record.items;
    for (const bad of [
      { ...record, items: items.slice(1) },
      { ...record, items: [...items, items[0]] },
      { ...record, items: [items[1], items[0], ...items.slice(2)] },
      { ...record, items: items.map((item) => ({ ...item, variant: 1 })) },
      { ...record, spec: { ...record.spec, variants: 1 } },
      { ...record, stopped: 'no' },
      { ...record, createdAt: undefined },
      { ...record, doneAt: '5' },
      { ...record, containerId: 4 },
      { ...record, spec: { ...record.spec, model: 'x' } },
    ]) {
      expect(isIconSetRecord(bad)).toBe(false);
    }
  });

  it('icon meta: what Regenerate this icon needs, with a frame the pipeline fits into', () => {
    const meta = iconMetaFor(sampleSpec({ colour: mono }), { setId: 'set-1', index: 3, variant: 1 });
    expect(isIconMeta(meta)).toBe(true);
    for (const bad of [
      { ...meta, padding: 12 },
      { ...meta, padding: -1 },
      { ...meta, iconSize: 40 },
      { ...meta, index: -1 },
      { ...meta, variant: 0 },
      { ...meta, subject: 1 },
      { ...meta, colour: { ...meta.colour, mono: 'teal' } },
      { ...meta, setId: undefined },
    ]) {
      expect(isIconMeta(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
