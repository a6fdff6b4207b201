import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { createAsync, generateAsync, jsonOf, pollAsync, sleepAsync, useMock } from './mock-client';

const VECTOR = 'recraft-v4-text-to-vector';
const request = { model: VECTOR, prompt: 'a paper plane' };

const mock = useMock({ durationMs: 20 });

const posts = () =>
  mock()
    .log()
    .filter((e) => e.method === 'POST');

describe('faults', () => {
  it('status: 429 with Retry-After in the error shape, nothing created', async () => {
    mock().addFault({
      method: 'POST',
      path: '/images/generations',
      kind: { type: 'status', status: 429, retryAfter: 7 },
    });
    const [tasks, balance] = [mock().tasks().length, mock().balance(DEMO_KEY)];
    const response = await createAsync(mock(), request);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect((await jsonOf(response)).error).toMatchObject({ code: 429, type: 'rate_limit_error' });
    expect([mock().tasks().length, mock().balance(DEMO_KEY)]).toEqual([tasks, balance]);
    expect((await createAsync(mock(), request)).status).toBe(200);
  });

  it('status: 5xx with a plain-text body for as many requests as asked, then normal answers', async () => {
    const { taskId } = await generateAsync(mock(), request);
    mock().addFault({
      method: 'GET',
      path: '/tasks/',
      times: 2,
      kind: { type: 'status', status: 503, body: 'Service Unavailable' },
    });
    for (let i = 0; i < 2; i++) {
      const response = await pollAsync(mock(), taskId);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await response.text()).toBe('Service Unavailable');
    }
    expect((await pollAsync(mock(), taskId)).status).toBe(200);
    mock().addFault({ kind: { type: 'status', status: 502 } });
    expect((await jsonOf(await pollAsync(mock(), taskId))).error).toEqual({
      code: 502,
      message: 'Bad gateway',
      type: 'api_error',
    });
  });

  it('drop: the client gets a socket error, yet the POST created and charged its task', async () => {
    mock().addFault({ method: 'POST', kind: { type: 'drop' } });
    const [tasks, balance] = [mock().tasks().length, mock().balance(DEMO_KEY)!];
    await expect(createAsync(mock(), request)).rejects.toThrow();
    expect(mock().tasks().length).toBe(tasks + 1);
    expect(mock().balance(DEMO_KEY)).toBe(balance - 20);
    expect(posts()).toEqual([expect.objectContaining({ path: '/api/v1/images/generations', status: 0 })]);
  });

  it('reset: the client gets a socket error and nothing is created or charged', async () => {
    mock().addFault({ path: '/images/generations', kind: { type: 'reset' } });
    const [tasks, balance] = [mock().tasks().length, mock().balance(DEMO_KEY)];
    await expect(createAsync(mock(), request)).rejects.toThrow();
    expect([mock().tasks().length, mock().balance(DEMO_KEY)]).toEqual([tasks, balance]);
    expect(posts()).toEqual([expect.objectContaining({ status: 0 })]);
  });

  it('delay: the answer comes late, so a client that gives up first has still paid', async () => {
    mock().addFault({ method: 'POST', kind: { type: 'delay', ms: 5000 } });
    const [tasks, balance] = [mock().tasks().length, mock().balance(DEMO_KEY)!];
    const controller = new AbortController();
    const response = fetch(`${mock().apiBase}/images/generations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      signal: controller.signal,
    });
    // Give up once the server has done the work but is still sitting on the answer.
    while (mock().tasks().length === tasks) await sleepAsync(2);
    controller.abort();
    await expect(response).rejects.toThrow();
    expect(mock().balance(DEMO_KEY)).toBe(balance - 20);
    mock().addFault({ method: 'POST', kind: { type: 'delay', ms: 30 } });
    const slow = await createAsync(mock(), request);
    expect((await jsonOf(slow)).data.status).toBe('IN_PROGRESS');
  });

  it('malformed: 200 with a body that is not JSON', async () => {
    mock().addFault({ method: 'POST', kind: { type: 'malformed' } });
    const response = await createAsync(mock(), request);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it('redirect: a 307 to another origin in place of the answer; nothing created or charged', async () => {
    mock().addFault({ method: 'POST', kind: { type: 'redirect', location: 'https://evil.example/steal' } });
    const [tasks, balance] = [mock().tasks().length, mock().balance(DEMO_KEY)];
    const response = await fetch(`${mock().apiBase}/images/generations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      redirect: 'manual',
    });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('https://evil.example/steal');
    expect([mock().tasks().length, mock().balance(DEMO_KEY)]).toEqual([tasks, balance]);
    expect(posts()).toEqual([expect.objectContaining({ status: 307 })]);
  });

  it('redirect: any redirect status asked for', async () => {
    mock().addFault({
      path: '/tasks/',
      kind: { type: 'redirect', status: 301, location: 'http://127.0.0.1:9/x' },
    });
    const response = await fetch(`${mock().apiBase}/tasks/abc`, { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([301, 'http://127.0.0.1:9/x']);
  });

  it('truncate (full): the whole Content-Length announced, half sent, the transfer breaks off', async () => {
    const { body } = await generateAsync(mock(), request);
    const url: string = body.data.output.svg_url;
    const whole = await (await fetch(url)).arrayBuffer();
    mock().addFault({ method: 'GET', path: '/files/', kind: { type: 'truncate' } });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(whole.byteLength));
    await expect(response.arrayBuffer()).rejects.toThrow();
    expect((await (await fetch(url)).arrayBuffer()).byteLength).toBe(whole.byteLength);
  });

  it('truncate (short): half the body under its own Content-Length, for as many requests as asked', async () => {
    const { body } = await generateAsync(mock(), request);
    const url: string = body.data.output.svg_url;
    const whole = await (await fetch(url)).text();
    mock().addFault({ path: '/files/', times: 2, kind: { type: 'truncate', length: 'short' } });
    for (let i = 0; i < 2; i++) {
      const response = await fetch(url);
      const text = await response.text();
      expect(text).toBe(whole.slice(0, Math.floor(whole.length / 2)));
      expect(response.headers.get('content-length')).toBe(String(text.length));
    }
    expect(await (await fetch(url)).text()).toBe(whole);
  });

  it('applies each fault only to matching method and path', async () => {
    mock().addFault({ method: 'GET', path: '/files/', kind: { type: 'status', status: 500 } });
    const { body } = await generateAsync(mock(), request);
    expect((await fetch(body.data.output.svg_url)).status).toBe(500);
    expect((await fetch(body.data.output.svg_url)).status).toBe(200);
  });
});
