/** `window.playground`: the page's controls as an API for tests and the devtools console. */
import type { PlaygroundApi, PlaygroundTheme } from './api-types';
import type { PlaygroundParams } from './params';
import { seedSettingsFor } from './demo-seed';
import { recordedErrors } from './runtime/errors';
import type { HostRuntime } from './runtime/host-runtime';
import { slowStepsInFlight, slowStepsStarted } from './runtime/slow-step';
import { currentUser, switchUser } from './runtime/user-storage';
import { createInstance } from './scene/components';
import type { Scene } from './scene/scene';
import { snapshotOf } from './scene/snapshot';
import { notifications } from './view/toasts';

/** The node type an instance has in each host (Penpot: a board linked to its main component). */
const INSTANCE_TYPE = { figma: 'INSTANCE', penpot: 'board' } as const;

export function createPlaygroundApi(
  params: PlaygroundParams,
  scene: Scene,
  runtime: HostRuntime,
  onStateChange: () => void,
): PlaygroundApi {
  let theme = params.theme;
  const openAsync = async (command?: string) => {
    await runtime.openAsync(command);
    onStateChange();
  };
  const api: PlaygroundApi = {
    host: runtime.name,
    snapshot: () => {
      scene.settle();
      return snapshotOf(scene.page);
    },
    colours: () => scene.colours.list().map(({ kind, id, name, hex }) => ({ kind, id, name, hex })),
    setColour: (id, hex) => scene.colours.setHex(id, hex),
    createInstance(componentId) {
      const main = scene.find(componentId);
      if (!main || main.removed) throw new Error(`No node ${componentId}`);
      const instance = createInstance(scene, main, INSTANCE_TYPE[runtime.name]);
      // Right of the top-level layer holding the main, level with the main, as a designer would drag it out.
      let top = main;
      while (top.parent && top.parent !== scene.page) top = top.parent;
      instance.x = top.x + top.width + 40;
      instance.y = main.absolute().y;
      return instance.id;
    },
    async runScript(code) {
      if (!runtime.runScriptAsync) throw new Error(`Scripts run in the Figma playground only`);
      try {
        return await runtime.runScriptAsync(code);
      } finally {
        onStateChange();
      }
    },
    variantProperties(nodeId) {
      const node = scene.find(nodeId);
      if (!node || node.component?.kind !== 'main' || node.parent?.component?.kind !== 'set')
        return undefined;
      if (runtime.variantProperties) return runtime.variantProperties(nodeId);
      // Figma: the name is `Property=Value, …`.
      return Object.fromEntries(node.name.split(',').map((pair) => pair.split('=').map((s) => s.trim())));
    },
    selection: () => scene.selection().map((n) => n.id),
    select(ids) {
      const nodes = ids.map((id) => {
        const node = scene.find(id);
        if (!node || node.removed) throw new Error(`No node ${id}`);
        return node;
      });
      scene.select(nodes);
    },
    isOpen: () => runtime.isOpen(),
    ready: () => runtime.ready(),
    open: () => (runtime.isOpen() ? runtime.ready() : openAsync()),
    close() {
      runtime.close();
      onStateChange();
    },
    reopen: () => openAsync(),
    async relaunch(command) {
      if (runtime.name !== 'figma') throw new Error('Relaunch buttons are a Figma feature');
      const [only] = scene.selection();
      const commands = only ? Object.keys(only.relaunchData) : [];
      const chosen = command ?? commands[0];
      if (!chosen || !commands.includes(chosen)) throw new Error('The selection has no relaunch data');
      await openAsync(chosen);
    },
    theme(name?: PlaygroundTheme) {
      if (name && name !== theme) {
        theme = name;
        document.documentElement.dataset.theme = name;
        history.replaceState(null, '', setParam('theme', name));
        runtime.setTheme(name);
        onStateChange();
      }
      return theme;
    },
    stray: postFromAnotherFrameAsync,
    strayToUi: postToUiFromAnotherFrameAsync,
    notifications,
    storage: () => runtime.storage(),
    documentData: () => Object.fromEntries(scene.documentData),
    resetStorage() {
      runtime.clearStorage();
      runtime.seedSettings(seedSettingsFor(params));
    },
    user(name?: string) {
      if (name !== undefined && name !== currentUser()) {
        // A running plugin keeps the storage it opened with: it must not write into another user's.
        runtime.close();
        switchUser(name);
        runtime.seedSettings(seedSettingsFor(params));
        onStateChange();
      }
      return currentUser();
    },
    slowInserts: (ms) => runtime.slowInserts(ms),
    insertsInFlight: slowStepsInFlight,
    insertsStarted: slowStepsStarted,
    errors: recordedErrors,
    async mockLog() {
      const response = await fetch(`${params.mock}/__admin/log`, { cache: 'no-store' });
      return response.json() as Promise<unknown>;
    },
  };
  return api;
}

function setParam(name: string, value: string): string {
  const url = new URL(location.href);
  url.searchParams.set(name, value);
  return url.href;
}

/**
 * Another frame on the page (an embed, a browser extension's content frame)
 * posts to the editor's window. Penpot hands such messages to the plugin too.
 * The frame is sandboxed (an opaque origin, like a cross-origin embed's); it
 * is handed each message by message and posts it on, so what it posts is a
 * structured clone (typed arrays included), as from an attacker's own script.
 * One frame posts them all: a frame per message (a process each) made a
 * round of a few hundred forgeries take most of a minute.
 */
async function postFromAnotherFrameAsync(...messages: unknown[]): Promise<void> {
  const frame = await hiddenFrameAsync(
    `<script>onmessage = (event) => parent.postMessage(event.data, '*')</script>`,
    'allow-scripts',
  );
  try {
    for (const data of messages) await relayAsync(frame, data);
  } finally {
    frame.remove();
  }
}

/** Has `frame` post `data` to this window; resolves once the plugin's handlers have had their turn. */
function relayAsync(frame: HTMLIFrameElement, data: unknown): Promise<void> {
  return new Promise<void>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      // Let the plugin's handlers run before the caller looks.
      setTimeout(resolve, 0);
    };
    window.addEventListener('message', onMessage);
    frame.contentWindow?.postMessage(data, '*');
  });
}

/**
 * A frame that is not the UI's parent posts each message straight to the
 * plugin UI's window. The frame is same-origin, so the posts are made by a
 * function created in ITS realm: the UI sees that frame as `event.source`, as
 * it would an attacker's script, not the editor's window.
 */
async function postToUiFromAnotherFrameAsync(...messages: unknown[]): Promise<void> {
  const ui = pluginUiWindow();
  if (!ui) throw new Error('The plugin UI is not open');
  const frame = await hiddenFrameAsync('<!doctype html><title>another frame</title>');
  try {
    const realm = frame.contentWindow as unknown as { Function: FunctionConstructor };
    const post = realm.Function('w', 'd', 'w.postMessage(d, "*")') as (w: Window, d: unknown) => void;
    for (const data of messages) {
      post(ui, data);
      // The UI may run in another process: its handling cannot be awaited, only given a moment.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    frame.remove();
  }
}

/** A hidden frame on the page with this document, once it has loaded (sandboxed when `sandbox` is given). */
async function hiddenFrameAsync(srcdoc: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.srcdoc = srcdoc;
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    document.body.appendChild(frame);
  });
  return frame;
}

/** The plugin UI's window: the playground's `#plugin-ui`, or the iframe in Penpot's `<plugin-modal>` shadow root. */
function pluginUiWindow(): Window | null {
  const own = document.getElementById('plugin-ui');
  if (own instanceof HTMLIFrameElement) return own.contentWindow;
  for (const modal of document.querySelectorAll('plugin-modal')) {
    const iframe = modal.shadowRoot?.querySelector('iframe');
    if (iframe?.contentWindow) return iframe.contentWindow;
  }
  return null;
}
