/**
 * penpot.ui: the UI loads from the plugin's server in an iframe sandboxed
 * with Penpot's own flags (scripts, forms, modals, popups; no same-origin,
 * so it has no storage of its own), messages travel unwrapped, and — as in
 * Penpot's runtime — every message that reaches the editor's window goes to
 * the plugin's onMessage callbacks, whoever sent it. A message sent before
 * the UI has loaded lands in the iframe's blank document and is lost, as in
 * Penpot.
 */
import type { Penpot } from '@penpot/plugin-types';
import type { SandboxSession } from '../runtime/session';
import type { PluginPanel } from '../view/panel';

/** As Penpot's plugin-modal sets them (penpot-plugins, libs/plugins-runtime). */
const PENPOT_SANDBOX =
  'allow-scripts allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-storage-access-by-user-activation';

export interface PenpotUiControl {
  readonly ui: Penpot['ui'];
  readonly loaded: Promise<void>;
}

export function createPenpotUi(
  session: SandboxSession,
  panel: PluginPanel,
  pluginOrigin: string,
): PenpotUiControl {
  let iframe: HTMLIFrameElement | null = null;
  let size: { width: number; height: number } | null = null;
  const callbacks: ((message: unknown) => void)[] = [];
  let markLoaded: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
  const forward = (event: MessageEvent) => {
    for (const callback of [...callbacks]) session.call('ui.onMessage', callback, event.data);
  };
  window.addEventListener('message', forward);
  session.onEnd(() => {
    window.removeEventListener('message', forward);
    callbacks.length = 0;
    iframe?.remove();
    iframe = null;
    panel.unmount();
  });

  const ui: Penpot['ui'] = {
    open(name, url, options) {
      iframe?.remove();
      size = { width: options?.width ?? 285, height: options?.height ?? 540 };
      iframe = document.createElement('iframe');
      iframe.id = 'plugin-ui';
      iframe.title = String(name);
      // Penpot's own flags: no allow-same-origin, so the UI's origin is opaque (requests say Origin: null).
      iframe.setAttribute('sandbox', PENPOT_SANDBOX);
      iframe.src = new URL(String(url), `${pluginOrigin}/`).href;
      iframe.addEventListener('load', () => markLoaded());
      panel.mount(iframe, String(name), size);
    },
    get size() {
      return size;
    },
    resize(width, height) {
      size = { width, height };
      panel.resize(width, height);
    },
    sendMessage(message) {
      if (!iframe?.contentWindow) return;
      iframe.contentWindow.postMessage(message, '*');
    },
    onMessage(callback) {
      if (typeof callback !== 'function') throw new Error('onMessage expects a function');
      callbacks.push(callback as (message: unknown) => void);
    },
  };
  return { ui, loaded };
}
