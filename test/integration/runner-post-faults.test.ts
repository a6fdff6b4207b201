import { createServer } from 'node:net';
import { describe, it } from 'vitest';
import { createGenerationAsync } from '../../core/api/client';
import { PluginError, type UserError } from '../../core/api/errors';
import { startMockServer } from '../../dev/mock/server';
import { DEMO_KEY, type MockServer } from '../../dev/mock/types';
import { nodeFetch, requestFor, scaledClock, setupAsync } from './runner-harness';

// Creation faults: a POST costs credits, so each case checks how often the gateway charged.
async function harness(onTestFinished: (fn: () => Promise<void>) => void) {
  const h = await setupAsync();
  onTestFinished(() => h.closeAsync());
  return h;
}

/** A loopback port nobody listens on. */
function freePortAsync(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const VECTOR = requestFor('recraft-v4-text-to-vector');
const COST = 20;

async function errorOf(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PluginError)) throw new Error(`expected a PluginError, got ${String(error)}`);
  return error.error;
}

const charged = (mock: MockServer) => 1000 - (mock.balance(DEMO_KEY) ?? 0);

describe.concurrent('creation faults against the mock', () => {
  it('401: the key is refused; nothing charged, nothing resent', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    const error = await errorOf(
      createGenerationAsync({
        fetch: nodeFetch,
        apiBase: h.mock.apiBase,
        apiKey: 'aio_wrong_key_0000',
        request: VECTOR,
      }),
    );
    expect(error).toMatchObject({ code: 'invalid-key', action: 'reenter-key', status: 401 });
    expect(error.message).not.toContain('aio_wrong_key_0000');
    expect(h.posts()).toHaveLength(1);
    expect(h.mock.tasks()).toHaveLength(0);
  });

  it('402: out of credits, with a top-up action', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.setBalance(DEMO_KEY, 5);
    expect(await errorOf(h.createAsync(VECTOR))).toMatchObject({ code: 'no-credits', action: 'top-up' });
    expect(h.posts()).toHaveLength(1);
    expect(h.mock.balance(DEMO_KEY)).toBe(5);
  });

  it("400: shows the gateway's own message", async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({
      method: 'POST',
      kind: {
        type: 'status',
        status: 400,
        body: '{"error":{"code":400,"message":"Prompt contains banned words"}}',
      },
    });
    const error = await errorOf(h.createAsync(VECTOR));
    expect(error).toMatchObject({ code: 'bad-request', action: 'edit-prompt' });
    expect(error.message).toContain('Prompt contains banned words');
    expect(h.posts()).toHaveLength(1);
  });

  it('429 with Retry-After: waits that long, resends, charged once', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', kind: { type: 'status', status: 429, retryAfter: 3 } });
    const started = h.clock.now();
    const created = await h.createAsync(VECTOR);
    expect(h.clock.now() - started).toBeGreaterThanOrEqual(3000);
    expect(h.mock.tasks().map((t) => t.id)).toEqual([created.taskId]);
    expect(h.posts().map((p) => p.status)).toEqual([429, 200]);
    expect(charged(h.mock)).toBe(COST);
  });

  it('429 without Retry-After: backs off, resends, charged once', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', kind: { type: 'status', status: 429 } });
    await h.createAsync(VECTOR);
    expect(h.posts().map((p) => p.status)).toEqual([429, 200]);
    expect(charged(h.mock)).toBe(COST);
  });

  it('429 that persists: gives up with the wait to show, never charged', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', times: 5, kind: { type: 'status', status: 429, retryAfter: 1 } });
    const error = await errorOf(h.createAsync(VECTOR));
    expect(error).toMatchObject({ code: 'rate-limited', action: 'wait', retryAfterSeconds: 1 });
    expect(h.posts()).toHaveLength(3);
    expect(charged(h.mock)).toBe(0);
  });

  it('429 asking for a long wait: no resend, the designer is told how long', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', kind: { type: 'status', status: 429, retryAfter: 120 } });
    expect(await errorOf(h.createAsync(VECTOR))).toMatchObject({
      code: 'rate-limited',
      retryAfterSeconds: 120,
    });
    expect(h.posts()).toHaveLength(1);
  });

  it('503: resent, charged once', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', times: 2, kind: { type: 'status', status: 503, retryAfter: 1 } });
    await h.createAsync(VECTOR);
    expect(h.posts().map((p) => p.status)).toEqual([503, 503, 200]);
    expect(h.mock.tasks()).toHaveLength(1);
    expect(charged(h.mock)).toBe(COST);
  });

  it('502 after sending: ambiguous, never resent', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', kind: { type: 'status', status: 502 } });
    expect(await errorOf(h.createAsync(VECTOR))).toMatchObject({ code: 'ambiguous', status: 502 });
    expect(h.posts()).toHaveLength(1);
  });

  it('dropped connection after the body was read: ambiguous, exactly one POST (the one charged)', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', kind: { type: 'drop' } });
    const error = await errorOf(h.createAsync(VECTOR));
    expect(error).toMatchObject({ code: 'ambiguous', action: 'check-history' });
    expect(error.message).toMatch(/may have been charged/);
    expect(h.posts()).toHaveLength(1);
    expect(h.mock.tasks()).toHaveLength(1);
    expect(charged(h.mock)).toBe(COST);
  });

  it('reset before the body was read: still ambiguous to the client (it cannot tell), never resent', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', kind: { type: 'reset' } });
    expect(await errorOf(h.createAsync(VECTOR))).toMatchObject({ code: 'ambiguous' });
    expect(h.posts()).toHaveLength(1);
    expect(charged(h.mock)).toBe(0);
  });

  it('slow answer: waits for it', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', kind: { type: 'delay', ms: 150 } });
    const created = await h.createAsync(VECTOR);
    expect(h.mock.tasks().map((t) => t.id)).toEqual([created.taskId]);
  });

  it('no answer within the timeout: ambiguous, never resent', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', kind: { type: 'delay', ms: 400 } });
    // 5 s of virtual time is 100 real ms at this scale: well before the mock answers.
    expect(await errorOf(h.createAsync(VECTOR, { timeoutMs: 5000 }))).toMatchObject({ code: 'ambiguous' });
    expect(h.posts().length).toBeLessThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(h.posts()).toHaveLength(1);
    expect(h.mock.tasks()).toHaveLength(1);
  });

  it('malformed 200 answer: accepted but unreadable; says it may have been charged, never resent', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', kind: { type: 'malformed' } });
    const error = await errorOf(h.createAsync(VECTOR));
    expect(error.code).toBe('ambiguous');
    expect(h.mock.tasks()).toHaveLength(1);
    expect(h.posts()).toHaveLength(1);
  });
});

describe('a refused connection', () => {
  it('is resent once the gateway listens again, and charged once', async ({ expect }) => {
    // A port nobody listens on: Node's fetch fails with ECONNREFUSED before anything is sent.
    const port = await freePortAsync();
    let mock: MockServer | undefined;
    const base = scaledClock(50);
    const clock = {
      now: base.now,
      // The gateway comes up while the client backs off.
      sleep: async (ms: number) => {
        mock ??= await startMockServer({ port, durationMs: 100 });
        await base.sleep(ms);
      },
    };
    try {
      const created = await createGenerationAsync({
        fetch: nodeFetch,
        apiBase: `http://127.0.0.1:${port}/api/v1`,
        apiKey: DEMO_KEY,
        request: VECTOR,
        clock,
      });
      expect(mock!.tasks().map((t) => t.id)).toEqual([created.taskId]);
      expect(mock!.log().filter((e) => e.method === 'POST')).toHaveLength(1);
      expect(1000 - mock!.balance(DEMO_KEY)!).toBe(COST);
    } finally {
      await mock?.close();
    }
  });

  it('that never comes back ends as a network error, nothing charged', async ({ expect }) => {
    const error = await errorOf(
      createGenerationAsync({
        fetch: nodeFetch,
        apiBase: `http://127.0.0.1:${await freePortAsync()}/api/v1`,
        apiKey: DEMO_KEY,
        request: VECTOR,
        clock: scaledClock(1000),
      }),
    );
    expect(error.code).toBe('network');
  });
});
