import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, type SelectionInfo } from '../../../core/protocol/messages';
import { canFillSelection, insertTargetFor } from '../../../core/tasks/insert-target';

const frame: SelectionInfo = { count: 1, nodeId: '1:2', name: 'Frame 1', canContain: true, canFill: true };
const rect: SelectionInfo = { count: 1, nodeId: '1:3', name: 'Rect', canContain: false, canFill: true };

describe('insertTargetFor', () => {
  it('goes to the centre of the view without one usable node selected', () => {
    expect(insertTargetFor(EMPTY_SELECTION, 'raster', true)).toEqual({ kind: 'viewport' });
    expect(insertTargetFor({ ...frame, count: 2 }, 'vector', false)).toEqual({ kind: 'viewport' });
    expect(insertTargetFor({ ...rect, nodeId: undefined }, 'image', true)).toEqual({ kind: 'viewport' });
  });

  it('goes inside a selected frame unless its fill was asked for', () => {
    expect(insertTargetFor(frame, 'vector', true)).toEqual({ kind: 'inside', nodeId: '1:2' });
    expect(insertTargetFor(frame, 'raster', false)).toEqual({ kind: 'inside', nodeId: '1:2' });
    expect(insertTargetFor(frame, 'image', false)).toEqual({ kind: 'inside', nodeId: '1:2' });
    expect(insertTargetFor(frame, 'raster', true)).toEqual({ kind: 'fill', nodeId: '1:2' });
  });

  it('fills a selected shape only with an image and only when asked', () => {
    expect(insertTargetFor(rect, 'raster', true)).toEqual({ kind: 'fill', nodeId: '1:3' });
    expect(insertTargetFor(rect, 'image', true)).toEqual({ kind: 'fill', nodeId: '1:3' });
    // History's Insert again asks for no fill: a selected shape is never painted over unasked.
    expect(insertTargetFor(rect, 'image', false)).toEqual({ kind: 'viewport' });
    expect(insertTargetFor(rect, 'vector', true)).toEqual({ kind: 'viewport' });
    expect(insertTargetFor(rect, 'svg', true)).toEqual({ kind: 'viewport' });
  });
});

describe('canFillSelection', () => {
  it('offers the fill for an image result and one fillable shape', () => {
    expect(canFillSelection(rect, 'raster')).toBe(true);
    expect(canFillSelection(rect, 'image')).toBe(true);
    expect(canFillSelection(rect, 'vector')).toBe(false);
    expect(canFillSelection(rect, 'svg')).toBe(false);
    expect(canFillSelection({ ...rect, canFill: false }, 'raster')).toBe(false);
    expect(canFillSelection({ ...rect, count: 2 }, 'raster')).toBe(false);
  });
});
