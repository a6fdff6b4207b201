import { describe, expect, it } from 'vitest';
import { iconMetaFor, regenerateRequest } from '../../../core/sets/icon-request';
import { decodeMeta, encodeMeta } from '../../../plugin/generation-meta';
import { describeSelection } from '../../../plugin/selection-info';
import { setSpec } from './set-fixtures';

const meta = JSON.stringify({
  prompt: 'rocket icon',
  model: 'recraft-v4-text-to-vector',
  size: '1024x1024',
  taskId: 't1',
  createdAt: 1,
});
const frame = { id: '1:2', name: 'Frame 1', abilities: { canContain: true, canFill: true }, metaText: '' };

describe('describeSelection', () => {
  it('offers a plain frame as a container', () => {
    expect(describeSelection(1, frame)).toEqual({
      count: 1,
      nodeId: '1:2',
      name: 'Frame 1',
      canContain: true,
      canFill: true,
      generated: undefined,
    });
  });

  it('never offers a generated result as a container, only for Regenerate and fills', () => {
    const info = describeSelection(1, { ...frame, metaText: meta });
    expect(info.canContain).toBe(false);
    expect(info.canFill).toBe(true);
    expect(info.generated).toMatchObject({ prompt: 'rocket icon', taskId: 't1' });
  });

  it('describes no node when several or none are selected', () => {
    expect(describeSelection(3, undefined)).toEqual({ count: 3, canContain: false, canFill: false });
    expect(describeSelection(0, undefined)).toEqual({ count: 0, canContain: false, canFill: false });
  });

  it('offers Regenerate this icon for a set’s component, or a layer inside one, aimed at the component', () => {
    const spec = setSpec({ prefix: 'brand', subjects: ['Shopping Cart'] });
    const icon = iconMetaFor(spec, { setId: spec.setId, index: 0, variant: 1 });
    const iconText = encodeMeta({ ...decodeMeta(meta)!, icon });
    const vector = {
      id: '9:1',
      name: 'Vector',
      abilities: { canContain: false, canFill: true },
      metaText: '',
    };
    const info = describeSelection(1, { ...vector, iconComponent: { id: '9:0', metaText: iconText } });
    expect(info.regenerate).toEqual({
      nodeId: '9:0',
      name: 'brand/shopping cart',
      request: regenerateRequest(decodeMeta(meta)!, icon, '9:0'),
    });
    expect(info.regenerate!.request.target).toEqual({ kind: 'replace', nodeId: '9:0', icon });
    expect(info.nodeId).toBe('9:1');
  });

  it('offers no Regenerate for a component without icon meta', () => {
    const info = describeSelection(1, { ...frame, iconComponent: { id: '9:0', metaText: meta } });
    expect(info.regenerate).toBeUndefined();
  });
});
