import { describe, expect, it } from 'vitest';
import { rectRadii } from '../../../core/svg/shape-bounds';
import { createElement } from '../../../core/svg/tree';

const rect = (attrs: Record<string, string>) => createElement('rect', new Map(Object.entries(attrs)));

describe('rectRadii (the bounds, the keyline sampler and the shape-to-path conversion read the same corners)', () => {
  it('one radius stands for the other, each at most half its side', () => {
    expect(rectRadii(rect({ rx: '4' }), 20, 20)).toEqual({ rx: 4, ry: 4 });
    expect(rectRadii(rect({ ry: '30' }), 20, 10)).toEqual({ rx: 10, ry: 5 });
  });

  it('a negative radius is ignored, so the other stands for it', () => {
    expect(rectRadii(rect({ rx: '-1', ry: '2' }), 20, 20)).toEqual({ rx: 2, ry: 2 });
    expect(rectRadii(rect({ rx: '-1' }), 20, 20)).toBeUndefined();
  });

  it('square corners are undefined; percentages need the view', () => {
    expect(rectRadii(rect({}), 20, 20)).toBeUndefined();
    expect(rectRadii(rect({ rx: '10%' }), 20, 20)).toBeUndefined();
    expect(rectRadii(rect({ rx: '10%' }), 20, 20, { x: 0, y: 0, width: 50, height: 50 })).toEqual({
      rx: 5,
      ry: 5,
    });
  });
});
