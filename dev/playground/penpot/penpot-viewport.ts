/** penpot.viewport over the scene's view. */
import type { Scene } from '../scene/scene';
import { PenpotShapeBase } from './penpot-shapes';

export function createPenpotViewport(scene: Scene) {
  return {
    get center() {
      return { ...scene.viewport.center };
    },
    set center(value: { x: number; y: number }) {
      scene.setViewport(value);
    },
    get zoom() {
      return scene.viewport.zoom;
    },
    set zoom(value: number) {
      scene.setViewport(scene.viewport.center, value);
    },
    get bounds() {
      return scene.bounds();
    },
    zoomReset: () => scene.setViewport(scene.viewport.center, 1),
    zoomToFitAll: () => scene.zoomTo(scene.page.children),
    zoomIntoView(shapes: PenpotShapeBase[]) {
      if (!Array.isArray(shapes)) throw new Error('zoomIntoView expects an array of shapes');
      scene.zoomTo(shapes.map((s) => PenpotShapeBase.nodeOf(s)).filter((n) => n !== undefined));
    },
  };
}
