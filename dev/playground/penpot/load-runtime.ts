/**
 * Loads Penpot's plugin runtime once per page and exposes the three entry
 * points Penpot's editor uses: initPluginsRuntime(contextBuilder), then the
 * globals it installs, ɵloadPlugin(manifest, onClose) and ɵunloadPlugin(id).
 */
import type { PenpotContextLike } from './penpot-context';

/** The manifest as Penpot's editor hands it to the runtime (host: the manifest URL's origin plus "/"). */
export interface RuntimeManifest {
  readonly pluginId: string;
  readonly name: string;
  readonly description?: string;
  readonly host: string;
  readonly code: string;
  readonly icon?: string;
  readonly permissions: readonly string[];
}

export interface PenpotRuntime {
  /** Loads and evaluates the plugin; rejects as Penpot's own loader would (e.g. an SES refusal). */
  loadPluginAsync(manifest: RuntimeManifest, onClose: () => void): Promise<void>;
  unloadPlugin(pluginId: string): void;
  /** Whether an error was thrown by plugin code (the runtime marks those). */
  isPluginError(error: unknown): boolean;
}

interface RuntimeModule {
  initPluginsRuntime(contextBuilder: (pluginId: string) => PenpotContextLike): void;
  isPluginError(error: unknown): boolean;
}

interface RuntimeGlobals {
  ɵloadPlugin(manifest: RuntimeManifest, onClose?: () => void): Promise<void>;
  ɵunloadPlugin(pluginId: string): void;
}

let loading: Promise<PenpotRuntime> | null = null;

/**
 * `contextBuilder` is asked for a context on init (a placeholder id) and on
 * every load: the runtime hardens what it returns, so it must be a facade.
 */
export function loadPenpotRuntimeAsync(
  contextBuilder: (pluginId: string) => PenpotContextLike,
): Promise<PenpotRuntime> {
  loading ??= importRuntimeAsync().then((runtime) => {
    runtime.initPluginsRuntime(contextBuilder);
    const globals = globalThis as unknown as RuntimeGlobals;
    return {
      loadPluginAsync: (manifest, onClose) => globals.ɵloadPlugin(manifest, onClose),
      unloadPlugin: (pluginId) => globals.ɵunloadPlugin(pluginId),
      isPluginError: (error) => runtime.isPluginError(error),
    };
  });
  return loading;
}

function importRuntimeAsync(): Promise<RuntimeModule> {
  // A computed URL keeps esbuild from inlining the module into the page's own (classic) script.
  const url = new URL('penpot-runtime.js', document.baseURI).href;
  return import(url) as Promise<RuntimeModule>;
}
