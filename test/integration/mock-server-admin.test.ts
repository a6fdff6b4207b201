import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { createAsync, generateAsync, jsonOf, pollAsync, useMock } from './mock-client';

const VECTOR = 'recraft-v4-text-to-vector';

const mock = useMock({ durationMs: 20, keys: { [DEMO_KEY]: 500 } });

const adminAsync = async (name: string, body?: unknown) => {
  const response = await fetch(`${mock().origin}/__admin/${name}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'null' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  return { status: response.status, body: await jsonOf(response) };
};

describe('admin endpoints', () => {
  it('reports state: balances, task count, shape', async () => {
    await generateAsync(mock(), { model: VECTOR, prompt: 'state check' });
    const { status, body } = await adminAsync('state');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      shape: 'envelope',
      balances: { [DEMO_KEY]: 480 },
      tasks: 1,
      demoKey: DEMO_KEY,
    });
  });

  it('sets a balance (the demo key by default) so the next generation gets 402', async () => {
    expect((await adminAsync('balance', { credits: 5 })).body.state.balances[DEMO_KEY]).toBe(5);
    expect((await createAsync(mock(), { model: VECTOR, prompt: 'too expensive' })).status).toBe(402);
    await adminAsync('balance', { key: 'aio_admin_made', credits: 30 });
    expect(mock().balance('aio_admin_made')).toBe(30);
    expect(
      (await createAsync(mock(), { model: VECTOR, prompt: 'new key works' }, 'aio_admin_made')).status,
    ).toBe(200);
    await adminAsync('balance', { credits: 500 });
  });

  it('switches the answer shape and the duration', async () => {
    await adminAsync('shape', { shape: 'flat' });
    await adminAsync('duration', { ms: { [VECTOR]: 60_000 } });
    const created = await jsonOf(await createAsync(mock(), { model: VECTOR, prompt: 'slow flat task' }));
    expect(created).toMatchObject({ id: expect.stringMatching(/^task_/), status: 'pending' });
    const task = mock()
      .tasks()
      .find((t) => t.id === created.id)!;
    expect(task.finishAt - task.createdAt).toBe(60_000);
    expect((await jsonOf(await pollAsync(mock(), created.id))).status).toBe('pending');
    await adminAsync('duration', { ms: 10 });
    await adminAsync('shape', { shape: 'envelope' });
  });

  it('arms and clears faults', async () => {
    await adminAsync('faults', { faults: [{ path: '/tasks/', kind: { type: 'status', status: 503 } }] });
    expect((await adminAsync('state')).body.faults).toBe(1);
    expect((await pollAsync(mock(), 'x')).status).toBe(503);
    await adminAsync('faults', { method: 'GET', kind: { type: 'status', status: 500 } });
    await adminAsync('clear-faults', {});
    expect((await pollAsync(mock(), 'x')).status).toBe(404);
  });

  it('arms the redirect and truncate faults', async () => {
    await adminAsync('faults', {
      faults: [
        { path: '/tasks/', kind: { type: 'redirect', location: 'https://evil.example/x', status: 308 } },
        { path: '/tasks/', kind: { type: 'truncate', length: 'short' } },
      ],
    });
    const redirected = await fetch(`${mock().apiBase}/tasks/x`, { redirect: 'manual' });
    expect([redirected.status, redirected.headers.get('location')]).toEqual([308, 'https://evil.example/x']);
    // Half of the 404's JSON body, re-framed: no longer JSON.
    const cut = await pollAsync(mock(), 'x');
    expect(cut.status).toBe(404);
    const text = await cut.text();
    expect(text.length).toBe(Number(cut.headers.get('content-length')));
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it('fails the next task and expires results', async () => {
    await adminAsync('fail-next-task', { message: 'Told to fail' });
    expect((await generateAsync(mock(), { model: VECTOR, prompt: 'doomed' })).body.data.error).toBe(
      'Told to fail',
    );
    const { body } = await generateAsync(mock(), { model: VECTOR, prompt: 'short lived' });
    expect((await fetch(body.data.output.svg_url)).status).toBe(200);
    await adminAsync('expire-results', {});
    expect((await fetch(body.data.output.svg_url)).status).toBe(404);
  });

  it('serves the log and resets everything to the start options', async () => {
    await adminAsync('clear-log', {});
    await pollAsync(mock(), 'nothing');
    const { body } = await adminAsync('log');
    expect(body.entries).toEqual([
      expect.objectContaining({ method: 'GET', path: '/api/v1/tasks/nothing', status: 404 }),
    ]);
    await adminAsync('reset', {});
    const state = (await adminAsync('state')).body;
    expect(state).toMatchObject({ balances: { [DEMO_KEY]: 500 }, tasks: 0, faults: 0, shape: 'envelope' });
    expect(state.balances['aio_admin_made']).toBeUndefined();
    expect(mock().log()).toEqual([]);
  });

  it('rejects bad admin input with 400 and unknown endpoints with 404', async () => {
    for (const [name, body] of [
      ['shape', { shape: 'round' }],
      ['balance', { credits: -1 }],
      ['duration', { ms: { 'no-such-model': 5 } }],
      ['faults', { kind: { type: 'explode' } }],
      ['faults', { kind: { type: 'redirect', location: '/relative' } }],
      ['faults', { kind: { type: 'redirect', location: 'https://x.test/', status: 200 } }],
      ['faults', { kind: { type: 'truncate', length: 'most' } }],
    ] as const) {
      const answer = await adminAsync(name, body);
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toEqual(expect.any(String));
    }
    expect((await adminAsync('nothing', {})).status).toBe(404);
    expect((await adminAsync('reset')).status).toBe(405);
  });

  it('is not subject to faults and not logged', async () => {
    mock().addFault({ kind: { type: 'reset' } });
    expect((await adminAsync('state')).status).toBe(200);
    mock().clearFaults();
    mock().clearLog();
    await adminAsync('state');
    expect(mock().log()).toEqual([]);
  });
});
