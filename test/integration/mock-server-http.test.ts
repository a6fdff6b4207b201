import { describe, expect, it } from 'vitest';
import { startMockServer } from '../../dev/mock/server';
import { DEMO_KEY } from '../../dev/mock/types';
import { createAsync, generateAsync, jsonOf, pollAsync, sleepAsync, useMock } from './mock-client';

const VECTOR = 'recraft-v4-text-to-vector';
const request = { model: VECTOR, prompt: 'a paper plane' };

const mock = useMock({ durationMs: 20 });

describe('result expiry', () => {
  it('serves a result until expireResults(), then 404', async () => {
    const { body } = await generateAsync(mock(), request);
    const url: string = body.data.output.svg_url;
    expect((await fetch(url)).status).toBe(200);
    mock().expireResults();
    const gone = await fetch(url);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('access-control-allow-origin')).toBe('*');
    expect((await jsonOf(await pollAsync(mock(), body.data.task_id))).data.output.svg_url).toBe(url);
  });

  it('serves a result for resultTtlMs after it is first reported, then 404', async () => {
    const short = await startMockServer({ durationMs: 5, resultTtlMs: 400, shape: 'flat' });
    try {
      const { body } = await generateAsync(short, {
        model: 'recraft-v4-text-to-image',
        prompt: 'short lived',
      });
      const url: string = body.result.urls[0];
      expect((await fetch(url)).status).toBe(200);
      await sleepAsync(500);
      expect((await fetch(url)).status).toBe(404);
    } finally {
      await short.close();
    }
  });
});

describe('CORS', () => {
  const cors = (response: Response) => ({
    origin: response.headers.get('access-control-allow-origin'),
    headers: response.headers.get('access-control-allow-headers'),
    methods: response.headers.get('access-control-allow-methods'),
  });
  const expected = { origin: '*', headers: 'Authorization, Content-Type', methods: 'GET, POST, OPTIONS' };

  it('answers preflights 204 on API, file and admin routes', async () => {
    for (const path of [
      '/api/v1/images/generations',
      '/api/v1/tasks/x',
      '/files/abc.svg',
      '/__admin/faults',
    ]) {
      const response = await fetch(mock().origin + path, {
        method: 'OPTIONS',
        headers: {
          Origin: 'null',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      });
      expect(response.status).toBe(204);
      expect(cors(response)).toEqual(expected);
    }
  });

  it('puts the headers on successes, errors, files and fault answers, for a null origin too', async () => {
    const headers = {
      Origin: 'null',
      Authorization: `Bearer ${DEMO_KEY}`,
      'Content-Type': 'application/json',
    };
    const ok = await fetch(`${mock().apiBase}/images/generations`, {
      method: 'POST',
      headers,
      body: JSON.stringify(request),
    });
    const unauthorized = await createAsync(mock(), request, 'aio_nobody');
    const notFound = await fetch(`${mock().origin}/nowhere`);
    mock().addFault({ kind: { type: 'status', status: 429, retryAfter: 1 } });
    const limited = await pollAsync(mock(), 'x');
    const { body } = await generateAsync(mock(), request);
    const file = await fetch(body.data.output.svg_url, { headers: { Origin: 'null' } });
    for (const response of [ok, unauthorized, notFound, limited, file])
      expect(cors(response)).toEqual(expected);
    expect(ok.status).toBe(200);
    expect(limited.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});

describe('request log', () => {
  it('records method, path without query, status, time, authorization presence and origin, never the key', async () => {
    const before = Date.now();
    await fetch(`${mock().apiBase}/tasks/abc?key=1`, {
      headers: { Authorization: `Bearer ${DEMO_KEY}`, Origin: 'null' },
    });
    await fetch(`${mock().apiBase}/tasks/abc`);
    await createAsync(mock(), request, 'aio_secret_wrong_key');
    const log = mock().log();
    expect(log).toEqual([
      {
        method: 'GET',
        path: '/api/v1/tasks/abc',
        status: 404,
        at: expect.any(Number),
        authorized: true,
        origin: 'null',
      },
      { method: 'GET', path: '/api/v1/tasks/abc', status: 401, at: expect.any(Number), authorized: false },
      expect.objectContaining({ method: 'POST', status: 401, authorized: true }),
    ]);
    expect(log[0]!.at).toBeGreaterThanOrEqual(before);
    const text = JSON.stringify(log) + (await (await fetch(`${mock().origin}/__admin/log`)).text());
    for (const secret of [DEMO_KEY, 'aio_secret_wrong_key', 'Bearer']) expect(text).not.toContain(secret);
  });
});
