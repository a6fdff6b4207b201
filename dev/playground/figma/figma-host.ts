/**
 * Figma mode: loads dist/code.js and dist/ui.html (the playground page lives
 * at /playground/, the bundles one level up) and runs them as Figma would.
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
import { clearClientStorage, figmaPrefix, readClientStorage } from './client-storage';
import { createFigmaApi, setNodeLookupDelay, type FigmaRun } from './figma-api';
import { createFigmaFetch } from './figma-fetch';
import { seedFigmaColours } from './figma-styles';

export function createFigmaRuntime(
  scene: Scene,
  panel: PluginPanel,
  initialTheme: PlaygroundTheme,
): HostRuntime {
  seedFigmaColours(scene);
  let theme = initialTheme;
  let session: SandboxSession | null = null;
  let run: FigmaRun | null = null;
  const ready = new ReadySignal();

  const close = () => {
    if (!session?.isAlive) return;
    run?.fire('close');
    session.end();
    ready.reset();
  };

  const start = (code: string, html: string, command: string) => {
    const current = new SandboxSession('figma');
    session = current;
    run = createFigmaApi(current, scene, panel, { command, theme, close });
    void run.ui.loaded.then(() => current.isAlive && ready.loaded());
    const endowments = {
      figma: warnOnMissing(run.figma, 'figma'),
      __html__: html,
      __uiFiles__: {},
      fetch: createFigmaFetch(current),
      setTimeout: current.setTimeout,
      clearTimeout: current.clearTimeout,
      setInterval: current.setInterval,
      clearInterval: current.clearInterval,
      console,
    };
    try {
      runInSandbox(code, endowments, 'figma/code.js');
    } catch (error) {
      recordError('code.js', error);
      showToast('Plugin error: see the console', { error: true });
    }
    const started = run;
    setTimeout(() => started.fire('run', { command, parameters: undefined }), 0);
  };

  /** A script run as plugin code, without a UI, in a session of its own; it ends when the script calls done. */
  const runScriptAsync = (code: string) =>
    new Promise<unknown>((resolve, reject) => {
      close();
      const current = new SandboxSession('figma');
      session = current;
      run = createFigmaApi(current, scene, panel, { command: '', theme, close });
      const finish = (settle: () => void) => {
        if (session === current) close();
        settle();
      };
      const endowments = {
        figma: warnOnMissing(run.figma, 'figma'),
        setTimeout: current.setTimeout,
        clearTimeout: current.clearTimeout,
        console,
        done: (value: unknown) => finish(() => resolve(value)),
        fail: (error: unknown) =>
          finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
      };
      try {
        runInSandbox(code, endowments, 'figma/script.js');
      } catch (error) {
        finish(() => reject(error instanceof Error ? error : new Error(String(error))));
      }
    });

  return {
    name: 'figma',
    runScriptAsync,
    async openAsync(command = '') {
      close();
      const [code, html] = await Promise.all([fetchText('../code.js'), fetchText('../ui.html')]);
      close(); // a second open may have raced this one
      start(code, html, command);
    },
    close,
    isOpen: () => session?.isAlive === true,
    ready: () => ready.promise,
    setTheme(next) {
      theme = next;
      if (session?.isAlive) run?.ui.setTheme(next);
    },
    storage: readClientStorage,
    clearStorage: clearClientStorage,
    slowInserts: setNodeLookupDelay,
    seedSettings(settings) {
      if (localStorage.getItem(`${figmaPrefix()}settings`) !== null) return;
      localStorage.setItem(`${figmaPrefix()}settings`, JSON.stringify(settings));
    },
  };
}
