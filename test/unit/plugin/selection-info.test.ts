import { describe, expect, it } from 'vitest';
import { describeSelection } from '../../../plugin/selection-info';

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
});
