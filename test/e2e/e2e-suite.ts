/**
 * The hooks every playground test file needs, registered in one call: one
 * world per file (starting Chromium and the servers per test would be slow),
 * and a fresh session per test, closed after it whether it passed or not, so
 * no test sees another's storage or canvas. Per-file extras (such as a balance
 * reset) go in that file's own afterEach.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { MockOptions } from '../../dev/mock/types';
import { openPlaygroundAsync, startE2eAsync, stopE2eAsync, type E2eWorld } from './harness';
import type { Host, PlaygroundSession, Theme } from './playground-session';

export const HOSTS: readonly Host[] = ['figma', 'penpot'];

interface OpenOptions {
  readonly theme?: Theme;
  /** Entered in the key panel before the session is returned. */
  readonly key?: string;
}

export interface E2eSuite {
  /** This file's world; only inside tests and hooks (it starts in beforeAll). */
  world(): E2eWorld;
  /** Opens the playground for a test; the session is disposed after that test. */
  openAsync(host: Host, options?: OpenOptions): Promise<PlaygroundSession>;
}

export function useE2e(mockOptions?: MockOptions): E2eSuite {
  let world: E2eWorld | undefined;
  const sessions: PlaygroundSession[] = [];

  beforeAll(async () => {
    world = await startE2eAsync(mockOptions);
  });
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.disposeAsync()));
  });
  afterAll(() => stopE2eAsync(world));

  const started = (): E2eWorld => {
    if (!world) throw new Error('The e2e world is not started: use it inside a test or hook.');
    return world;
  };
  return {
    world: started,
    async openAsync(host, options = {}) {
      const session = await openPlaygroundAsync(started(), host, options.theme);
      sessions.push(session);
      if (options.key !== undefined) await session.enterKeyAsync(options.key);
      return session;
    },
  };
}
