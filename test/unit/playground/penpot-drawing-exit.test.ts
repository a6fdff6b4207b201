/**
 * The Penpot emulation's relocation rules: a leaf leaving its imported drawing keeps its look (its markup
 * rewritten into its own box), and a group left empty is deleted, as Penpot's relocate-shapes does.
 */
import { describe, expect, it } from 'vitest';
import { drawingOf, leaveDrawing } from '../../../dev/playground/penpot/penpot-drawing-exit';
import { removeEmptiedGroups } from '../../../dev/playground/penpot/penpot-empty-groups';
import { Scene } from '../../../dev/playground/scene/scene';
import type { SceneNode } from '../../../dev/playground/scene/node';

function newScene() {
  let id = 1;
  return new Scene(() => `id-${++id}`, 'page', 'Page 1', 'id-1');
}

/** A board at (100, 200) holding a drawing (root "svg" › group "Group" › one leaf), the root at the board's origin. */
function drawing(scene: Scene, size: { width: number; height: number }, viewBox: string) {
  const board = scene.create('board', 'icon', 24, 24);
  board.x = 100;
  board.y = 200;
  const root = scene.create('group', 'svg', size.width, size.height, board);
  root.svg = { kind: 'root', viewBox, extras: '<defs/>' };
  const group = scene.create('group', 'Group', 10, 10, root);
  group.svg = { kind: 'group', open: '<g transform="translate(4 4)">', close: '</g>' };
  group.x = 2;
  group.y = 2;
  const leaf = scene.create('path', 'Path', 8, 8, group);
  leaf.svg = { kind: 'leaf', markup: '<path d="M0 0h16v16z"/>' };
  leaf.x = 1;
  leaf.y = 3;
  return { board, root, group, leaf };
}

function markupOf(node: SceneNode): string {
  return node.svg?.kind === 'leaf' ? node.svg.markup : '';
}

describe('penpot emulation: a leaf leaving its drawing', () => {
  it('is drawn in its own box: the groups it was in and the viewBox scale baked in', () => {
    const scene = newScene();
    const { root, leaf } = drawing(scene, { width: 24, height: 24 }, '8 8 48 48');
    expect(drawingOf(leaf)).toBe(root);
    leaveDrawing(leaf, root);
    // Scale 24 / 48; user space (8, 8) lands at the root's origin (100, 200); the leaf's box is at (103, 205).
    expect(markupOf(leaf)).toBe(
      '<g xmlns="http://www.w3.org/2000/svg" transform="translate(-7 -9) scale(0.5)"><defs/>' +
        '<g transform="translate(4 4)"><path d="M0 0h16v16z"/></g></g>',
    );
  });

  it("follows the root's preserveAspectRatio (xMidYMid meet) when its size and viewBox differ in shape", () => {
    const scene = newScene();
    const { root, leaf } = drawing(scene, { width: 24, height: 12 }, '0 0 48 48');
    leaveDrawing(leaf, root);
    // Scale min(24 / 48, 12 / 48) = 0.25, the viewBox centred across: x offset (24 − 12) / 2 = 6.
    expect(markupOf(leaf)).toContain('transform="translate(3 -5) scale(0.25)"');
  });

  it('takes the tags of groups moved out with it, which become plain groups', () => {
    const scene = newScene();
    const { root, group, leaf } = drawing(scene, { width: 24, height: 24 }, '0 0 24 24');
    leaveDrawing(group, root);
    expect(markupOf(leaf)).toContain('<g transform="translate(4 4)"><path d="M0 0h16v16z"/></g>');
    expect(group.svg).toEqual({ kind: 'group', open: '<g>', close: '</g>' });
  });
});

describe('penpot emulation: groups a move or a deletion leaves empty', () => {
  it('are deleted up to the first board, or the shape things moved into', () => {
    const scene = newScene();
    const { board, root, group, leaf } = drawing(scene, { width: 24, height: 24 }, '0 0 24 24');
    board.insert(leaf);
    removeEmptiedGroups(group, board);
    expect(group.removed && root.removed).toBe(true);
    expect(board.children).toEqual([leaf]);
    expect(board.removed).toBe(false);
  });

  it('stay while they hold anything, and the target stays even when empty', () => {
    const scene = newScene();
    const { board, root, group, leaf } = drawing(scene, { width: 24, height: 24 }, '0 0 24 24');
    const other = scene.create('path', 'Other', 1, 1, root);
    board.insert(leaf);
    removeEmptiedGroups(group, board);
    expect(group.removed).toBe(true);
    expect(root.removed).toBe(false);
    expect(root.children).toEqual([other]);
    const empty = scene.create('group', 'Empty', 1, 1, board);
    removeEmptiedGroups(empty, empty);
    expect(empty.removed).toBe(false);
  });
});
