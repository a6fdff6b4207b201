/**
 * The end-to-end world: the mock gateway in-process (short task durations),
 * the playground (dist/) and the Penpot plugin origin (dist/penpot/) on free
 * ports, and one headless Chromium. Each test opens its own browser context,
 * so storage starts empty; `stopE2eAsync` closes everything after a file but
 * the browser, which the worker's next file reuses (see `browserAsync`).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startMockServer } from '../../dev/mock/server';
import type { MockOptions, MockServer } from '../../dev/mock/types';
import { serveStatic, type StaticServer } from '../../dev/static-server';
import { PlaygroundSession, type Host, type Theme } from './playground-session';
import { timeScaleScript } from './time-scale';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Short but distinct per tier, so a test's tasks finish in well under a second; a test that needs a task
 * still running while it acts sets a longer duration on its mock (mock.setDuration).
 */
export const E2E_DURATIONS: MockOptions['durationMs'] = {
  'recraft-v4-text-to-vector': 250,
  'recraft-v4-text-to-image': 150,
  'recraft-v4-pro-text-to-vector': 400,
  'recraft-v4-pro-text-to-image': 300,
};

export interface E2eWorld {
  readonly mock: MockServer;
  readonly playground: StaticServer;
  readonly penpot: StaticServer;
  readonly browser: Browser;
}

export async function startE2eAsync(mockOptions: MockOptions = {}): Promise<E2eWorld> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`End-to-end tests need Chromium at ${CHROMIUM} (Debian: apt-get install chromium).`);
  }
  for (const file of [
    'dist/code.js',
    'dist/ui.html',
    'dist/penpot/manifest.json',
    'dist/playground/index.html',
  ]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`node build.mjs\` first (npm test does).`);
  }
  const mock = await startMockServer({ durationMs: E2E_DURATIONS, ...mockOptions });
  const playground = await serveStatic({ root: 'dist', port: 0 });
  const penpot = await serveStatic({ root: 'dist/penpot', port: 0 });
  const browser = await browserAsync();
  return { mock, playground, penpot, browser };
}

/** Closes the file's servers and whatever contexts its tests left open; the browser stays for the next file. */
export async function stopE2eAsync(world: E2eWorld | undefined): Promise<void> {
  if (!world) return;
  await Promise.all(world.browser.contexts().map((context) => context.close()));
  await Promise.all([world.mock.close(), world.playground.close(), world.penpot.close()]);
}

/**
 * One Chromium per test worker, not one per file: the e2e files of a worker share its module graph
 * (isolate: false, vitest.config.ts) and run one after another, so each reuses the browser the first
 * one launched (a launch and a close cost about a second on the loaded two-core machines). Files share
 * no context: each test opens its own, and `stopE2eAsync` closes any left. A browser that crashed or
 * disconnected is replaced. Playwright closes it when Vitest stops the worker (SIGTERM), and kills it
 * if the process exits first.
 */
let sharedBrowser: Promise<Browser> | undefined;

async function browserAsync(): Promise<Browser> {
  const current = await sharedBrowser?.catch(() => undefined);
  if (current?.isConnected()) return current;
  sharedBrowser = chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return sharedBrowser;
}

/** The playground URL for a host, pointed at this world's mock and Penpot origin. */
export function playgroundUrl(world: E2eWorld, host: Host, theme: Theme = 'light'): string {
  const params = new URLSearchParams({
    host,
    theme,
    api: world.mock.apiBase,
    mock: world.mock.origin,
    penpot: world.penpot.origin,
  });
  return `${world.playground.origin}/playground/index.html?${params.toString()}`;
}

/**
 * A fresh browser context (empty storage) on the playground, the plugin open and its UI loaded. The
 * plugin's polling waits run 25 times faster in it (time-scale.ts).
 */
export async function openPlaygroundAsync(world: E2eWorld, host: Host, theme: Theme = 'light') {
  const context = await world.browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(timeScaleScript());
  const page = await context.newPage();
  const session = new PlaygroundSession(page, host);
  await page.goto(playgroundUrl(world, host, theme));
  await session.readyAsync();
  return session;
}
