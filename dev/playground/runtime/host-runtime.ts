/** What the page's controls and `window.playground` need from either emulated host. */
import type { PlaygroundHost, PlaygroundTheme } from '../api-types';

export interface HostRuntime {
  readonly name: PlaygroundHost;
  /** Runs the plugin's sandbox code afresh (closing a running one first). */
  openAsync(command?: string): Promise<void>;
  close(): void;
  isOpen(): boolean;
  /** Resolves once the current (or next) UI iframe has loaded. */
  ready(): Promise<void>;
  setTheme(theme: PlaygroundTheme): void;
  storage(): Record<string, unknown>;
  clearStorage(): void;
  /** Delays the host's asynchronous insertion step (see PlaygroundApi.slowInserts). */
  slowInserts(ms: number): void;
  /** Gives the plugin settings (the API base, a demo set) when it has none yet (it reads them field by field). */
  seedSettings(settings: Record<string, unknown>): void;
  /** A variant's properties where the host keeps them apart from its name (Penpot's library). */
  variantProperties?(nodeId: string): Record<string, string> | undefined;
  /** See PlaygroundApi.runScript; hosts without it leave it out. */
  runScriptAsync?(code: string): Promise<unknown>;
}

/** A promise for "the UI has loaded" that starts over each time the plugin closes. */
export class ReadySignal {
  private resolve: () => void = () => undefined;
  private done = false;
  private current = this.fresh();

  private fresh(): Promise<void> {
    this.done = false;
    return new Promise<void>((resolve) => {
      this.resolve = () => {
        this.done = true;
        resolve();
      };
    });
  }

  get promise(): Promise<void> {
    return this.current;
  }

  /** The UI of the current run loaded. */
  loaded(): void {
    this.resolve();
  }

  /** The plugin closed: the next wait is for the next run. */
  reset(): void {
    if (this.done) this.current = this.fresh();
  }
}

export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return response.text();
}
