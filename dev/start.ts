/**
 * `npm start`: the mock gateway, the playground and the Penpot plugin origin,
 * all on loopback, so the plugin can be tried in a browser in a minute.
 *
 * Environment: MOCK_PORT (8787), PLAYGROUND_PORT (8788), PENPOT_PORT (8789),
 * HOST (127.0.0.1), PLAYGROUND_API_BASE (the API base the playground seeds;
 * default the mock's), and the mock's own MOCK_DURATION_MS, MOCK_SHAPE,
 * MOCK_RESULT_TTL_MS, MOCK_BALANCE (see dev/mock/env-options.ts).
 */
import { existsSync } from 'node:fs';
import { optionsFromEnv } from './mock/env-options';
import { startMockServer } from './mock/server';
import { DEMO_KEY } from './mock/types';
import { portFromEnv, serveStatic } from './static-server';

/** The playground's defaults (see dev/playground/params.ts): only what differs goes into the URL. */
const DEFAULTS: Readonly<Record<string, string>> = {
  host: 'figma',
  api: 'http://127.0.0.1:8787/api/v1',
  penpot: 'http://127.0.0.1:8789',
  mock: 'http://127.0.0.1:8787',
};

function playgroundUrl(origin: string, params: Record<string, string>): string {
  const query = Object.entries(params)
    .filter(([name, value]) => DEFAULTS[name] !== value)
    // ':' and '/' are fine in a query and keep the URL readable.
    .map(
      ([name, value]) => `${name}=${encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/')}`,
    )
    .join('&');
  return `${origin}/playground/index.html${query ? `?${query}` : ''}`;
}

async function mainAsync(): Promise<void> {
  if (!existsSync('dist/playground/index.html'))
    throw new Error('dist/ is missing: run `node build.mjs` first.');
  const host = process.env.HOST || process.env.MOCK_HOST || '127.0.0.1';
  const mock = await startMockServer({ ...optionsFromEnv(), host });
  const playground = await serveStatic({ root: 'dist', port: portFromEnv('PLAYGROUND_PORT', 8788), host });
  const penpot = await serveStatic({ root: 'dist/penpot', port: portFromEnv('PENPOT_PORT', 8789), host });
  const api = process.env.PLAYGROUND_API_BASE || mock.apiBase;
  const common = { api, mock: mock.origin, demo: 'icon-set' };

  console.log('\nRecraft Assets playground is running.\n');
  console.log(`  Figma mode:   ${playgroundUrl(playground.origin, { host: 'figma', ...common })}`);
  console.log(
    `  Penpot mode:  ${playgroundUrl(playground.origin, { host: 'penpot', penpot: penpot.origin, ...common })}`,
  );
  console.log(`\n  Demo key:     ${DEMO_KEY}  (${mock.balance(DEMO_KEY)} credits)`);
  console.log(`  Mock API:     ${mock.apiBase}   admin: ${mock.origin}/__admin/state`);
  console.log(`  Penpot app:   ${penpot.origin}/manifest.json (for Penpot's plugin manager)`);
  console.log('\n  Add &theme=dark to a URL for the dark theme.');
  console.log('  Env: MOCK_PORT, PLAYGROUND_PORT, PENPOT_PORT, HOST, PLAYGROUND_API_BASE,');
  console.log('       MOCK_DURATION_MS, MOCK_SHAPE, MOCK_RESULT_TTL_MS, MOCK_BALANCE.');
  console.log('  Ctrl-C to stop.\n');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping…');
    void Promise.all([mock.close(), playground.close(), penpot.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

mainAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
