import { render } from 'preact';
import type { FetchLike } from '../core/api/http';
import type { PluginMessageOf } from '../core/protocol/messages';
import type { Settings } from '../core/settings';
import { App } from './app';
import { OPEN_MARKS } from './focus-ids';
import { serveImageConversions } from './images/convert-image';
import type { TaskService } from './tasks/types';
import type { Transport } from './transport/types';

interface TaskServiceContext {
  readonly transport: Transport;
  readonly init: PluginMessageOf<'init'>;
  readonly fetch: FetchLike;
  /** The key as the UI currently holds it (it may be re-entered while tasks run). */
  readonly getApiKey: () => string | null;
  /** The API base of the settings as the UI last saved them (Advanced), never a task's own. */
  readonly getApiBase: () => string;
}

export interface MountOptions {
  readonly root: HTMLElement;
  readonly transport: Transport;
  /** Chosen per host at build time: remote (Figma's sandbox runs tasks) or local (Penpot). */
  readonly createTaskService: (context: TaskServiceContext) => TaskService;
  readonly fetch: FetchLike;
}

/**
 * Starts the UI: says 'ui-ready', waits for 'init', then renders. Everything
 * host-specific arrives through the options, so both entries share this.
 */
export function mountApp(options: MountOptions): void {
  const { root, transport, fetch } = options;
  // bench/open.ts splits the open by these: the script running, then init from the sandbox.
  performance.mark(OPEN_MARKS.script);
  render(<p class="loading">Loading…</p>, root);
  // Listening before 'ui-ready': a task resumed at start may need an image converted right away.
  serveImageConversions(transport);
  const stop = transport.onMessage((message) => {
    if (message.type !== 'init') return;
    stop();
    performance.mark(OPEN_MARKS.init);
    const keyRef = { current: message.apiKey };
    const settingsRef: { current: Settings } = { current: message.settings };
    const service = options.createTaskService({
      transport,
      init: message,
      fetch,
      getApiKey: () => keyRef.current,
      getApiBase: () => settingsRef.current.apiBase,
    });
    // Rendered synchronously within this message event, so the app listens before the next one.
    render(
      <App
        transport={transport}
        service={service}
        init={message}
        fetch={fetch}
        keyRef={keyRef}
        settingsRef={settingsRef}
      />,
      root,
    );
  });
  transport.send({ type: 'ui-ready' });
}
