/**
 * The playground page: an emulated Figma or Penpot running the built plugin
 * bundles unchanged, a canvas that draws what the plugin makes, and
 * `window.playground` for tests. See params.ts for the URL parameters.
 */
import type { PlaygroundApi } from './api-types';
import { createFigmaRuntime } from './figma/figma-host';
import { readParams } from './params';
import { seedSettingsFor } from './demo-seed';
import { createPenpotRuntime } from './penpot/penpot-host';
import { createPlaygroundApi } from './playground-api';
import { watchUnhandled } from './runtime/errors';
import type { SceneNode } from './scene/node';
import { createSeededScene } from './scene/seed';
import { mountCanvas } from './view/canvas';
import { mountControls } from './view/controls';
import { mountDemoBox } from './view/demo-box';
import { mountLayers } from './view/layers';
import { createPanel } from './view/panel';
import { mountToasts, showToast } from './view/toasts';

declare global {
  interface Window {
    playground: PlaygroundApi;
  }
}

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function boot(): void {
  watchUnhandled();
  const params = readParams(location.search);
  document.documentElement.dataset.theme = params.theme;
  document.documentElement.dataset.host = params.host;
  document.title = `${params.host === 'figma' ? 'Figma' : 'Penpot'} playground`;
  const scene = createSeededScene(params.host);
  let refreshControls = () => undefined as void;
  const panel = createPanel($('#panel'), {
    onClose: () => window.playground.close(),
    onOpen: () => void window.playground.open(),
    // The plugin may close itself (figma.closePlugin): keep the toolbar in step.
    onChange: () => refreshControls(),
  });
  mountToasts($('.toasts'));
  const runtime =
    params.host === 'figma'
      ? createFigmaRuntime(scene, panel, params.theme)
      : createPenpotRuntime(scene, panel, params.penpot, params.theme);
  runtime.seedSettings(seedSettingsFor(params));
  const api = createPlaygroundApi(params, scene, runtime, () => refreshControls());
  window.playground = api;

  const pick = (node: SceneNode | null, add: boolean) => {
    const current = scene.selection();
    if (!node) scene.select(add ? current : []);
    else if (!add) scene.select([node]);
    else scene.select(current.includes(node) ? current.filter((n) => n !== node) : [...current, node]);
  };
  mountCanvas($('#canvas'), scene, pick);
  mountLayers($('#layers-tree'), scene, pick);
  mountDemoBox($('#demo'), params.mock);
  refreshControls = mountControls($('#toolbar'), api, scene);
  $('#api-base').textContent = params.api;

  api.open().catch((error: unknown) => {
    console.error(error);
    const where = params.host === 'figma' ? 'dist/ (run `node build.mjs`)' : `${params.penpot}/manifest.json`;
    showToast(`Could not load the plugin from ${where}: ${String(error)}`, {
      error: true,
      timeout: Infinity,
    });
  });
}

boot();
