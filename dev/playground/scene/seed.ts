/**
 * A new document for each host: one frame/board to place results into and
 * one rectangle to fill, so every placement can be tried at once.
 */
import { Scene } from './scene';
import type { PlaygroundHost } from '../api-types';

export function createSeededScene(host: PlaygroundHost): Scene {
  let counter = 1;
  const scene =
    host === 'figma'
      ? new Scene(() => `1:${++counter}`, 'PAGE', 'Page 1', '0:1')
      : new Scene(() => crypto.randomUUID(), 'board', 'Root Frame', '00000000-0000-0000-0000-000000000000');
  const frame = scene.create(
    host === 'figma' ? 'FRAME' : 'board',
    host === 'figma' ? 'Frame 1' : 'Board 1',
    480,
    360,
  );
  frame.fills = [{ type: 'SOLID', color: '#ffffff', opacity: 1 }];
  const rect = scene.create(host === 'figma' ? 'RECTANGLE' : 'rectangle', 'Rectangle 1', 240, 240);
  rect.x = 560;
  rect.y = 60;
  rect.fills = [{ type: 'SOLID', color: host === 'figma' ? '#d9d9d9' : '#b1b2b5', opacity: 1 }];
  return scene;
}
