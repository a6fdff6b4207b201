import { describe, expect, it } from 'vitest';
import { decodeMeta, encodeMeta, metaFor, prefillFromMeta } from '../../../plugin/generation-meta';
import { iconMetaFor } from '../../../core/sets/icon-request';
import { DEFAULT_VECTOR_OPTIONS } from '../../../core/tasks/types';
import { makeTask } from './fixtures';
import { setSpec } from './set-fixtures';

describe('generation meta', () => {
  const meta = metaFor(makeTask('t1', { prompt: 'owl', model: 'recraft-v4-text-to-image', createdAt: 5 }));

  it('is what made the asset: prompt, model, size, task id, time, vector options', () => {
    expect(meta).toEqual({
      prompt: 'owl',
      model: 'recraft-v4-text-to-image',
      size: '1024x1024',
      taskId: 't1',
      createdAt: 5,
      vector: DEFAULT_VECTOR_OPTIONS,
    });
  });

  it('keeps the vector options whole, an icon frame too, and drops ones that do not check out', () => {
    const vector = {
      ...DEFAULT_VECTOR_OPTIONS,
      recolor: 'mono' as const,
      iconFrame: { size: 24, padding: 2 },
    };
    const framed = metaFor(makeTask('t2', { vector }));
    expect(decodeMeta(encodeMeta(framed))?.vector).toEqual(vector);
    const damaged = JSON.stringify({ ...framed, vector: { ...vector, recolor: 'rainbow' } });
    expect(decodeMeta(damaged)).toEqual({ ...framed, vector: undefined });
    expect(decodeMeta(damaged)).not.toHaveProperty('vector');
  });

  it('encodes exactly the known fields, whatever else the object carries', () => {
    const withExtra = { ...meta, apiKey: 'aio_secret' } as typeof meta;
    expect(JSON.parse(encodeMeta(withExtra))).toEqual(meta);
    expect(encodeMeta(withExtra)).not.toContain('aio_secret');
  });

  it('round-trips and reads only well-formed values', () => {
    expect(decodeMeta(encodeMeta(meta))).toEqual(meta);
    expect(decodeMeta('')).toBeUndefined();
    expect(decodeMeta('{not json')).toBeUndefined();
    expect(decodeMeta(JSON.stringify({ ...meta, model: 'dall-e' }))).toBeUndefined();
    expect(decodeMeta(JSON.stringify({ ...meta, createdAt: 'yesterday' }))).toBeUndefined();
  });

  it('reads the meta older versions wrote on their nodes (the size as `shape`), and writes `size` only', () => {
    const { size, ...rest } = meta;
    const old = JSON.stringify({ ...rest, shape: size });
    expect(decodeMeta(old)).toEqual(meta);
    expect(JSON.parse(encodeMeta(decodeMeta(old)!))).not.toHaveProperty('shape');
    expect(decodeMeta(JSON.stringify({ ...rest, shape: 7 }))).toBeUndefined();
  });

  it('gives a prefill of prompt, model and size', () => {
    expect(prefillFromMeta(meta)).toEqual({
      prompt: 'owl',
      model: 'recraft-v4-text-to-image',
      size: '1024x1024',
    });
  });

  describe('a set icon’s part', () => {
    const swatch = { kind: 'variable' as const, id: 'v1', name: 'Brand/Primary', hex: '#3355ff' };
    const spec = setSpec({ colour: { mode: 'mono', mono: '#3355ff', palette: [], bind: swatch } });
    const icon = iconMetaFor(spec, { setId: spec.setId, index: 4, variant: 1 });
    const withIcon = { ...meta, icon };

    it('round-trips, so Regenerate this icon works from the component alone', () => {
      expect(icon).toMatchObject({ subject: 'bell', index: 4, prefix: 'icon', iconSize: 24 });
      expect(decodeMeta(encodeMeta(withIcon))).toEqual(withIcon);
    });

    it('encodes only its known fields, nested ones too', () => {
      const extra = {
        ...meta,
        icon: { ...icon, apiKey: 'aio_secret', colour: { ...icon.colour, bind: { ...swatch, token: 'x' } } },
      } as typeof withIcon;
      const text = encodeMeta(extra);
      expect(JSON.parse(text)).toEqual(withIcon);
      expect(text).not.toContain('aio_secret');
      expect(text).not.toContain('token');
    });

    it('drops an icon part that does not check out, keeping the node a generated one', () => {
      const damaged = JSON.stringify({ ...meta, icon: { ...icon, iconSize: 23 } });
      expect(decodeMeta(damaged)).toEqual(meta);
      expect(decodeMeta(JSON.stringify({ ...meta, icon: 'bell' }))).toEqual(meta);
    });
  });
});
