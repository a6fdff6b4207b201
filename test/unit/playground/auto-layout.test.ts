/** The playground's auto layout: wrapping rows, gaps, padding and hug sizing, re-run on every child change. */
import { describe, expect, it } from 'vitest';
import { arrange, type AutoLayout } from '../../../dev/playground/scene/auto-layout';
import { Scene } from '../../../dev/playground/scene/scene';

const ICON_ROW: AutoLayout = {
  direction: 'row',
  wrap: true,
  gap: 24,
  rowGap: 24,
  padding: { top: 24, right: 24, bottom: 24, left: 24 },
  hugWidth: false,
  hugHeight: true,
};
/** Width for 8 icons of 24 a row, gaps and padding of 24. */
const WIDTH_FOR_8 = 24 * 8 + 24 * 7 + 2 * 24;

const icons = (n: number) => Array.from({ length: n }, () => ({ width: 24, height: 24 }));

describe('arrange', () => {
  it('puts 8 icons in a row and wraps the 9th, with equal gaps, hugging the height', () => {
    const out = arrange(ICON_ROW, { width: WIDTH_FOR_8, height: 10 }, icons(12));
    expect(out.positions.slice(0, 8).map((p) => p.x)).toEqual([24, 72, 120, 168, 216, 264, 312, 360]);
    expect(out.positions.slice(0, 8).every((p) => p.y === 24)).toBe(true);
    expect(out.positions[8]).toEqual({ x: 24, y: 72 });
    expect(out.positions[11]).toEqual({ x: 168, y: 72 });
    expect(out.width).toBe(WIDTH_FOR_8);
    expect(out.height).toBe(24 + 24 + 24 + 24 + 24);
  });

  it('hugs the padding alone when empty, or its minimum', () => {
    const out = arrange(ICON_ROW, { width: WIDTH_FOR_8, height: 500 }, []);
    expect(out.height).toBe(48);
    const reserved = { ...ICON_ROW, minHeight: 120 };
    expect(arrange(reserved, { width: WIDTH_FOR_8, height: 10 }, icons(3)).height).toBe(120);
    expect(arrange(reserved, { width: WIDTH_FOR_8, height: 10 }, icons(20)).height).toBe(168);
  });

  it('never wraps when hugging the width, and stacks a column', () => {
    const hug = arrange({ ...ICON_ROW, hugWidth: true }, { width: 10, height: 10 }, icons(3));
    expect(hug.positions.map((p) => p.y)).toEqual([24, 24, 24]);
    expect(hug.width).toBe(24 + 3 * 24 + 2 * 24 + 24);
    const column = arrange({ ...ICON_ROW, direction: 'column' }, { width: 100, height: 10 }, icons(2));
    expect(column.positions).toEqual([
      { x: 24, y: 24 },
      { x: 24, y: 72 },
    ]);
    expect(column.height).toBe(24 + 24 + 24 + 24 + 24);
  });
});

describe('a node with auto layout', () => {
  const sceneWithContainer = () => {
    let id = 0;
    const scene = new Scene(() => `n${++id}`, 'PAGE', 'Page');
    const frame = scene.create('FRAME', 'Icons', WIDTH_FOR_8, 100);
    frame.layout = ICON_ROW;
    return { scene, frame };
  };

  it('places children in order as they are inserted, whatever the insertion order', () => {
    const { scene, frame } = sceneWithContainer();
    const c = scene.create('COMPONENT', 'c', 24, 24, frame);
    const a = scene.create('COMPONENT', 'a', 24, 24, frame);
    frame.insert(a, 0);
    const b = scene.create('COMPONENT', 'b', 24, 24, scene.page);
    frame.insert(b, 1);
    expect([a, b, c].map((n) => n.x)).toEqual([24, 72, 120]);
    expect(frame.height).toBe(72);
  });

  it('follows removals, resizes and ignores moves of its children', () => {
    const { scene, frame } = sceneWithContainer();
    const nodes = Array.from({ length: 9 }, (_, i) => scene.create('COMPONENT', `i${i}`, 24, 24, frame));
    expect(frame.height).toBe(120);
    nodes[0]!.remove();
    expect(nodes[1]!.x).toBe(24);
    expect(frame.height).toBe(72);
    nodes[1]!.x = 500;
    expect(nodes[1]!.x).toBe(24);
    nodes[1]!.resize(48, 48);
    expect(nodes[2]!.x).toBe(96);
    // The row no longer holds 8: the last one wraps below the taller first row.
    expect(nodes[8]).toMatchObject({ x: 24, y: 24 + 48 + 24 });
    expect(frame.height).toBe(24 + 48 + 24 + 24 + 24);
  });

  it('re-lays out its parent when it hugs a new size', () => {
    const { scene, frame } = sceneWithContainer();
    const outer = scene.create('FRAME', 'outer', 10, 10);
    outer.layout = { ...ICON_ROW, direction: 'column', hugWidth: true };
    const first = scene.create('FRAME', 'first', 30, 30, outer);
    outer.insert(frame);
    expect(frame.y).toBe(24 + 30 + 24);
    const heightBefore = outer.height;
    scene.create('COMPONENT', 'x', 24, 24, frame);
    expect(outer.height).toBe(heightBefore + 24);
    expect(first.y).toBe(24);
  });
});
