/** figma.viewport over the scene's view: centre, zoom, visible bounds, zoom to nodes. */
import type { Scene } from '../scene/scene';
import { FigmaBase } from './figma-nodes';

export function createFigmaViewport(scene: Scene) {
  return {
    get center(): Vector {
      return { ...scene.viewport.center };
    },
    set center(value: Vector) {
      scene.setViewport(value);
    },
    get zoom(): number {
      return scene.viewport.zoom;
    },
    set zoom(value: number) {
      scene.setViewport(scene.viewport.center, value);
    },
    get bounds(): Rect {
      return scene.bounds();
    },
    scrollAndZoomIntoView(nodes: readonly FigmaBase[]): void {
      if (!Array.isArray(nodes)) throw new Error('scrollAndZoomIntoView expects an array of nodes');
      scene.zoomTo(nodes.filter((n) => n instanceof FigmaBase && !n.removed).map((n) => n.sceneNode));
    },
  };
}
