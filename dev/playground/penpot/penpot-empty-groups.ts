/**
 * Penpot deletes a group that an edit leaves without children, and then its
 * parent group if that is empty too, up to the first board (or the shape the
 * edit moved things into). Penpot's own code: generate-relocate in
 * common/src/app/common/logic/shapes.cljc ("Remove empty groups": every former
 * parent that is not a frame and keeps no shape is removed, its parent checked
 * next), which the plugin API's appendChild and insertChild run
 * (dwsh/relocate-shapes in frontend/src/app/plugins/shape.cljs), and
 * penpot.group, which relocates the shapes it groups. Deleting a shape
 * (shape.remove(): delete-shapes) does the same to the groups it empties
 * (generate-delete-shapes, "Any parent whose children are all deleted").
 */
import type { SceneNode } from '../scene/node';

export function removeEmptiedGroups(from: SceneNode | null, stop: SceneNode): void {
  for (let at = from; at && at !== stop && at.type === 'group' && at.children.length === 0;) {
    const up: SceneNode | null = at.parent;
    at.remove();
    at = up;
  }
}
