/**
 * A small static file server on Node's http for the playground (dist/) and the
 * Penpot plugin origin (dist/penpot/). Every answer carries
 * `Access-Control-Allow-Origin: *` (Penpot fetches the manifest and code
 * cross-origin); paths never leave the root; anything else is a 404.
 *
 * @example
 * const server = await serveStatic({ root: 'dist/penpot', port: 8789 });
 * console.log(`${server.origin}/manifest.json`);
 * await server.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export interface StaticServerOptions {
  readonly root: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:8788 */
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': '*',
  // A hosted Penpot (a public origin) loading the plugin from localhost: Chrome's Private Network Access asks.
  'Access-Control-Allow-Private-Network': 'true',
};

/** The file a URL path names inside root, or undefined when it would step outside. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const base = resolve(root);
  const target = resolve(join(base, decoded));
  return target === base || target.startsWith(base + sep) ? target : undefined;
}

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const target = resolveInside(root, urlPath);
  if (!target) return undefined;
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) return target;
  if (info?.isDirectory()) {
    const index = join(target, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

async function handleAsync(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method === 'OPTIONS') {
    response.writeHead(204, CORS).end();
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...CORS, Allow: 'GET, HEAD, OPTIONS' }).end();
    return;
  }
  const file = await fileFor(root, request.url ?? '/');
  if (!file) {
    response.writeHead(404, { ...CORS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, {
    ...CORS,
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': body.length,
    // The playground is for development: always serve the latest build.
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

export function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const server = createServer((request, response) => {
    handleAsync(options.root, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, CORS);
      response.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shown =
        host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        origin: `http://${shown}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** A port from the environment (`fallback` when unset); anything but a port number is an error. */
export function portFromEnv(name: string, fallback: number, env = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${name} must be a port number, got "${raw}"`);
  return port;
}
