/**
 * Penpot mode: reads manifest.json from the plugin's origin (a server of its
 * own, as Penpot requires), loads its `code` and runs it as Penpot's plugin
 * runtime does — endowments penpot, fetch, console, Date, Math, setTimeout
 * and clearTimeout only.
 */
import type { PlaygroundTheme } from '../api-types';
import { recordError } from '../runtime/errors';
import { fetchText, ReadySignal, type HostRuntime } from '../runtime/host-runtime';
import { runInSandbox } from '../runtime/run-sandbox';
import { SandboxSession } from '../runtime/session';
import { warnOnMissing } from '../runtime/warn-proxy';
import type { Scene } from '../scene/scene';
import type { PluginPanel } from '../view/panel';
import { showToast } from '../view/toasts';
import { createPenpotApi, type PenpotRun } from './penpot-api';
import { penpotFetch } from './penpot-fetch';
import { clearPenpotStorage, PENPOT_PREFIX, readPenpotStorage } from './penpot-storage';
import { createPenpotUi } from './penpot-ui';

interface Manifest {
  readonly name: string;
  readonly code: string;
  readonly permissions: readonly string[];
}

async function loadManifestAsync(origin: string): Promise<Manifest> {
  const manifest = JSON.parse(await fetchText(`${origin}/manifest.json`)) as Partial<Manifest>;
  if (typeof manifest.code !== 'string' || !Array.isArray(manifest.permissions)) {
    throw new Error('manifest.json needs "code" and "permissions"');
  }
  return manifest as Manifest;
}

export function createPenpotHost(
  scene: Scene,
  panel: PluginPanel,
  pluginOrigin: string,
  initialTheme: PlaygroundTheme,
): HostRuntime {
  let theme = initialTheme;
  let session: SandboxSession | null = null;
  let run: PenpotRun | null = null;
  const ready = new ReadySignal();

  const close = () => {
    if (!session?.isAlive) return;
    session.end();
    ready.reset();
  };

  const start = (manifest: Manifest, code: string) => {
    const current = new SandboxSession('penpot');
    session = current;
    const ui = createPenpotUi(current, panel, pluginOrigin);
    void ui.loaded.then(() => current.isAlive && ready.loaded());
    run = createPenpotApi(current, scene, {
      permissions: manifest.permissions,
      theme: () => theme,
      ui,
      close,
    });
    const endowments = {
      penpot: warnOnMissing(run.penpot, 'penpot'),
      fetch: penpotFetch,
      console,
      Date,
      Math,
      setTimeout: (handler: () => void, ms?: number) => current.setTimeout(() => handler(), ms),
      clearTimeout: current.clearTimeout,
    };
    try {
      runInSandbox(code, endowments, 'penpot/plugin.js');
    } catch (error) {
      recordError('plugin.js', error);
      showToast('Plugin error: see the console', { error: true });
    }
  };

  return {
    name: 'penpot',
    async openAsync() {
      close();
      const manifest = await loadManifestAsync(pluginOrigin);
      const code = await fetchText(new URL(manifest.code, `${pluginOrigin}/`).href);
      close();
      start(manifest, code);
    },
    close,
    isOpen: () => session?.isAlive === true,
    ready: () => ready.promise,
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      if (session?.isAlive) run?.fire('themechange', next);
    },
    storage: readPenpotStorage,
    clearStorage: clearPenpotStorage,
    seedSettings(apiBase) {
      if (localStorage.getItem(`${PENPOT_PREFIX}settings`) !== null) return;
      localStorage.setItem(`${PENPOT_PREFIX}settings`, JSON.stringify({ apiBase }));
    },
  };
}
