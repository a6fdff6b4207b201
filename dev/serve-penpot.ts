/**
 * `npm run serve:penpot`: serves dist/penpot (manifest.json, plugin.js,
 * ui.html, icon.png) with `Access-Control-Allow-Origin: *` so Penpot's plugin
 * manager can load it. Environment: PENPOT_PORT (8789), HOST (127.0.0.1).
 */
import { existsSync } from 'node:fs';
import { portFromEnv, serveStatic } from './static-server';

async function mainAsync(): Promise<void> {
  if (!existsSync('dist/penpot/manifest.json'))
    throw new Error('dist/penpot/ is missing: run `node build.mjs` first.');
  const host = process.env.HOST || '127.0.0.1';
  const server = await serveStatic({ root: 'dist/penpot', port: portFromEnv('PENPOT_PORT', 8789), host });
  const port = new URL(server.origin).port;
  console.log('Penpot plugin served from dist/penpot.');
  console.log(`  Paste into Penpot's plugin manager:  http://localhost:${port}/manifest.json`);
  console.log(`  (also reachable as ${server.origin}/manifest.json)`);
  console.log('  Ctrl-C to stop.');
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

mainAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
