/**
 * figma.showUI and figma.ui: the UI runs in an iframe with `srcdoc` and
 * `sandbox="allow-scripts allow-downloads"` (a null origin that may save
 * files, as in Figma), messages travel
 * wrapped in `{pluginMessage}`, and only messages from that iframe reach the
 * plugin. Messages sent before the UI has loaded wait for it.
 */
import type { PlaygroundTheme } from '../api-types';
import type { SandboxSession } from '../runtime/session';
import type { PluginPanel } from '../view/panel';
import { injectIntoHtml, themeCss, themeInjection, THEME_MESSAGE } from './figma-theme';

type MessageHandler = (pluginMessage: unknown, props: OnMessageProperties) => void;

export interface FigmaUiControl {
  readonly ui: Omit<UIAPI, 'onmessage'> & { onmessage: MessageHandler | undefined };
  showUI(html: string, options?: ShowUIOptions): void;
  setTheme(theme: PlaygroundTheme): void;
  /** Resolves when the UI iframe has loaded. */
  readonly loaded: Promise<void>;
}

export function createFigmaUi(
  session: SandboxSession,
  panel: PluginPanel,
  theme: PlaygroundTheme,
): FigmaUiControl {
  let iframe: HTMLIFrameElement | null = null;
  let ready = false;
  let themed = false;
  const queue: unknown[] = [];
  const handlers = new Set<MessageHandler>();
  const once = new WeakSet<MessageHandler>();
  let onmessage: MessageHandler | undefined;
  let markLoaded: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));

  const deliver = (data: unknown) => iframe?.contentWindow?.postMessage(data, '*');
  const listener = (event: MessageEvent) => {
    if (!iframe || event.source !== iframe.contentWindow) return;
    const data = event.data as { pluginMessage?: unknown } | null;
    if (!data || typeof data !== 'object' || !('pluginMessage' in data)) return;
    const props = { origin: event.origin };
    if (onmessage) session.call('ui.onmessage', onmessage, data.pluginMessage, props);
    for (const handler of [...handlers]) {
      if (once.has(handler)) handlers.delete(handler);
      session.call("ui.on('message')", handler, data.pluginMessage, props);
    }
  };
  const destroy = () => {
    window.removeEventListener('message', listener);
    iframe?.remove();
    iframe = null;
    panel.unmount();
  };
  session.onEnd(destroy);

  const ui: FigmaUiControl['ui'] = {
    get onmessage() {
      return onmessage;
    },
    set onmessage(handler) {
      onmessage = handler;
    },
    show: () => iframe?.style.removeProperty('display'),
    hide: () => iframe?.style.setProperty('display', 'none'),
    resize: (width, height) => panel.resize(Math.max(70, width), Math.max(0, height)),
    reposition: () => undefined,
    getPosition: () => ({ windowSpace: { x: 0, y: 0 }, canvasSpace: { x: 0, y: 0 } }),
    close: destroy,
    postMessage: (message) => {
      const data = { pluginMessage: structuredClone(message), pluginId: 'playground' };
      if (ready) deliver(data);
      else queue.push(data);
    },
    on: (_type, handler) => void handlers.add(handler as MessageHandler),
    once: (_type, handler) => {
      handlers.add(handler as MessageHandler);
      once.add(handler as MessageHandler);
    },
    off: (_type, handler) => void handlers.delete(handler as MessageHandler),
  };

  return {
    ui,
    loaded,
    showUI(html, options = {}) {
      if (iframe) throw new Error('showUI can only be called once');
      themed = options.themeColors === true;
      iframe = document.createElement('iframe');
      iframe.id = 'plugin-ui';
      iframe.title = options.title ?? 'Plugin UI';
      // Figma's plugin iframes may start downloads (<a download>), as export plugins do.
      iframe.setAttribute('sandbox', 'allow-scripts allow-downloads');
      iframe.srcdoc = themed ? injectIntoHtml(html, themeInjection(theme)) : html;
      iframe.addEventListener('load', () => {
        ready = true;
        for (const data of queue.splice(0)) deliver(data);
        markLoaded();
      });
      window.addEventListener('message', listener);
      panel.mount(iframe, options.title ?? 'Recraft Assets', {
        width: options.width ?? 300,
        height: options.height ?? 200,
      });
      if (options.visible === false) ui.hide();
    },
    setTheme(next) {
      theme = next;
      if (themed) deliver({ [THEME_MESSAGE]: { theme: next, css: themeCss(next) } });
    },
  };
}
