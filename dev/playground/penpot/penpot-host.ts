/**
 * Penpot mode: the plugin runs inside Penpot's own plugin runtime
 * (@penpot/plugins-runtime, with SES), loaded as Penpot's editor loads it:
 * initPluginsRuntime(contextBuilder) once, then ɵloadPlugin(manifest, onClose)
 * with the manifest read from the plugin's origin. The runtime evaluates the
 * code in a hardened Compartment, opens the UI in its own <plugin-modal>
 * (an iframe with allow-same-origin), forwards every window message to the
 * plugin and deletes the plugin's globals on close. What stays emulated is
 * the editor's side: the document (penpot-context.ts over the scene).
 */
import type { PlaygroundTheme } from '../api-types';
import { labelErrors, recordError } from '../runtime/errors';
import { fetchText, ReadySignal, type HostRuntime } from '../runtime/host-runtime';
import type { Scene } from '../scene/scene';
import type { PluginPanel } from '../view/panel';
import { showToast } from '../view/toasts';
import { loadPenpotRuntimeAsync, type PenpotRuntime, type RuntimeManifest } from './load-runtime';
import { createPenpotContext, type PenpotContextControl } from './penpot-context';
import { seedLibraryColours, variantPropertiesOf } from './penpot-library';
import { setUploadDelay } from './penpot-media';
import { clearPenpotStorage, penpotPrefix, readPenpotStorage } from './penpot-storage';

/** Penpot gives each installed plugin an id; one is enough here. */
const PLUGIN_ID = '5b6f5a44-6f2c-4b8e-9d1e-2d6a8c0f0001';

interface Manifest {
  readonly name: string;
  readonly description?: string;
  readonly code: string;
  readonly icon?: string;
  readonly permissions: readonly string[];
}

async function loadManifestAsync(origin: string): Promise<RuntimeManifest> {
  const manifest = JSON.parse(await fetchText(`${origin}/manifest.json`)) as Partial<Manifest>;
  if (typeof manifest.code !== 'string' || !Array.isArray(manifest.permissions)) {
    throw new Error('manifest.json needs "code" and "permissions"');
  }
  const { name = 'Plugin', description, code, icon, permissions } = manifest;
  // As Penpot's editor does: the host is the manifest URL's origin plus "/".
  return { pluginId: PLUGIN_ID, name, description, host: `${origin}/`, code, icon, permissions };
}

export function createPenpotRuntime(
  scene: Scene,
  panel: PluginPanel,
  pluginOrigin: string,
  initialTheme: PlaygroundTheme,
): HostRuntime {
  let theme = initialTheme;
  let current: PenpotContextControl | null = null;
  let runtime: PenpotRuntime | null = null;
  let permissions: readonly string[] = [];
  seedLibraryColours(scene);
  const ready = new ReadySignal();

  const contextFor = (pluginId: string) => {
    const control = createPenpotContext(scene, {
      theme: () => theme,
      onListenerError: (event, error) => recordError(`penpot.on('${event}')`, error),
      permissions: () => permissions,
    });
    // The runtime also asks for a context with a placeholder id on init; only a plugin's is live.
    if (pluginId === PLUGIN_ID) current = control;
    else control.dispose();
    return control.context;
  };

  const onClosed = () => {
    current?.dispose();
    current = null;
    ready.reset();
    panel.unmount();
  };

  const startAsync = async () => {
    const manifest = await loadManifestAsync(pluginOrigin);
    permissions = manifest.permissions;
    runtime ??= await loadPenpotRuntimeAsync(contextFor);
    const loaded = runtime;
    labelErrors((error) => (loaded.isPluginError(error) ? 'plugin' : undefined));
    try {
      await loaded.loadPluginAsync(manifest, onClosed);
    } catch (error) {
      // Penpot's editor does not await the load: a refusal is an unhandled rejection nobody explains.
      recordError('penpot plugin load', error);
      showToast(`Penpot's runtime refused the plugin: ${String(error)}`, { error: true, timeout: Infinity });
      throw error;
    }
    // The plugin opened its UI while it was evaluated; the iframe cannot have loaded yet.
    const modal = document.querySelector('plugin-modal');
    modal?.addEventListener('load', () => ready.loaded(), { once: true });
  };

  return {
    name: 'penpot',
    async openAsync() {
      this.close();
      await startAsync();
    },
    close() {
      if (current) runtime?.unloadPlugin(PLUGIN_ID);
    },
    isOpen: () => current !== null,
    ready: () => ready.promise,
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      current?.fire('themechange', next);
    },
    storage: readPenpotStorage,
    variantProperties: (nodeId) => variantPropertiesOf(scene, nodeId),
    clearStorage: clearPenpotStorage,
    slowInserts: setUploadDelay,
    seedSettings(settings) {
      if (localStorage.getItem(`${penpotPrefix()}settings`) !== null) return;
      localStorage.setItem(`${penpotPrefix()}settings`, JSON.stringify(settings));
    },
  };
}
