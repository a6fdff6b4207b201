/**
 * The static server behind the playground and the Penpot plugin origin:
 * right content types, CORS on every answer, nothing outside its root.
 */
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside, serveStatic, type StaticServer } from '../../dev/static-server';

let dir = '';
let server: StaticServer | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'static-'));
  await mkdir(join(dir, 'site', 'sub'), { recursive: true });
  await writeFile(join(dir, 'secret.txt'), 'outside the root');
  await writeFile(join(dir, 'site', 'manifest.json'), '{"code":"/plugin.js"}');
  await writeFile(join(dir, 'site', 'plugin.js'), 'void 0;');
  await writeFile(join(dir, 'site', 'sub', 'index.html'), '<!doctype html><p>hi</p>');
  server = await serveStatic({ root: join(dir, 'site'), port: 0 });
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A raw request, so paths like /../ reach the server unnormalised. */
function getAsync(path: string, method = 'GET') {
  const { hostname, port } = new URL(server!.origin);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ hostname, port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('serveStatic', () => {
  it('serves files with their content type and CORS for any origin', async () => {
    const manifest = await getAsync('/manifest.json');
    expect(manifest.status).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/json/);
    expect(manifest.headers['access-control-allow-origin']).toBe('*');
    expect(JSON.parse(manifest.body)).toEqual({ code: '/plugin.js' });
    expect((await getAsync('/plugin.js')).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await getAsync('/sub/')).body).toContain('<p>hi</p>');
  });

  it('answers preflights and refuses writes', async () => {
    const preflight = await getAsync('/manifest.json', 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect((await getAsync('/manifest.json', 'POST')).status).toBe(405);
  });

  it('never leaves its root, and 404s what is not there', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/sub/../../secret.txt',
      '/..%2fsecret.txt',
    ]) {
      const answer = await getAsync(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('outside the root');
      expect(answer.headers['access-control-allow-origin']).toBe('*');
    }
    expect((await getAsync('/missing.js')).status).toBe(404);
    expect(resolveInside('/srv/site', '/a/../../etc/passwd')).toBeUndefined();
    expect(resolveInside('/srv/site', '/%00')).toBeUndefined();
    expect(resolveInside('/srv/site', '/a/b.js?x=1')).toBe('/srv/site/a/b.js');
  });
});
