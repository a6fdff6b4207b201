/**
 * Honest copy for a paid POST without an answer: "could not connect, nothing was sent" only when the client
 * saw the connection refused; "most likely nothing was sent" when a browser's bare failure is followed by a
 * probe of the API base that cannot connect either; otherwise "it may have been charged". Never resent
 * after a bare failure, whatever the probe says.
 */
import { describe, expect, it } from 'vitest';
import { createGenerationAsync } from '../../../core/api/client';
import { PROBE_MS } from '../../../core/api/connect-probe';
import { PluginError, type UserError } from '../../../core/api/errors';
import type { FetchInit, FetchLike, FetchResponseLike } from '../../../core/api/http';
import { taskFailedError } from '../../../core/api/task-errors';
import { userError } from '../../../core/errors/catalogue';
import { DEFAULT_VECTOR_OPTIONS } from '../../../core/tasks/types';
import { VirtualClock } from '../../support/virtual-clock';
import { phaseText } from '../../../ui/state/task-text';

const KEY = 'aio_test_key_123456';
const BASE = 'https://gateway.test/api/v1';
const REQUEST = {
  model: 'recraft-v4-text-to-vector',
  prompt: 'a kite',
  size: '1024x1024',
  vector: DEFAULT_VECTOR_OPTIONS,
  target: { kind: 'viewport' },
} as const;

type Answer = () => Promise<FetchResponseLike>;

/** A fetch that answers the POST and the probe as told, and records both. */
function gateway(post: Answer, probe: Answer) {
  const calls: { url: string; init?: FetchInit }[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    return init?.method === 'POST' ? post() : probe();
  };
  return { fetch, calls };
}

const failedToFetch: Answer = () => Promise.reject(new TypeError('Failed to fetch'));
const refused: Answer = () =>
  Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }));
const opaque: Answer = async () => ({ ok: false, status: 0, type: 'opaque', text: async () => '' });
const never: Answer = () => new Promise(() => undefined);

async function failureOf(fetch: FetchLike, clock: VirtualClock): Promise<UserError> {
  const creating = createGenerationAsync({ fetch, apiBase: BASE, apiKey: KEY, request: REQUEST, clock });
  const caught = creating.then(
    () => undefined,
    (error: unknown) => error,
  );
  let error: unknown;
  void caught.then((e) => (error = e));
  await clock.runUntilAsync(() => error !== undefined);
  expect(error).toBeInstanceOf(PluginError);
  return (error as PluginError).error;
}

describe('a generation POST that got no answer', () => {
  it('a bare failure, then a probe that cannot connect either: "most likely nothing was sent", never resent', async () => {
    const { fetch, calls } = gateway(failedToFetch, failedToFetch);
    const error = await failureOf(fetch, new VirtualClock());
    expect(error).toEqual(userError('not-connected'));
    // Still ambiguous: the charge notice is kept and nothing is resent.
    expect(error.code).toBe('ambiguous');
    expect(error.message).toMatch(/most likely nothing was sent/);
    expect(calls.map((c) => c.init?.method)).toEqual(['POST', 'GET']);
    // The probe: the API base itself, no key, no body, an answer of any kind counting (no-cors).
    expect(calls[1]).toEqual({ url: BASE, init: { method: 'GET', mode: 'no-cors' } });
  });

  it('a bare failure while the API base answers: "it may have been charged"', async () => {
    const { fetch } = gateway(failedToFetch, opaque);
    expect(await failureOf(fetch, new VirtualClock())).toEqual(userError('ambiguous'));
  });

  it('a bare failure and a probe that hangs: no claim, "it may have been charged" once the probe gives up', async () => {
    const clock = new VirtualClock();
    const { fetch } = gateway(failedToFetch, never);
    const error = await failureOf(fetch, clock);
    expect(error).toEqual(userError('ambiguous'));
    expect(clock.now()).toBeGreaterThanOrEqual(PROBE_MS);
  });

  it('a POST that timed out was sent: "it may have been charged", no probe', async () => {
    const { fetch, calls } = gateway(never, failedToFetch);
    expect(await failureOf(fetch, new VirtualClock())).toEqual(userError('ambiguous'));
    expect(calls.map((c) => c.init?.method)).toEqual(['POST']);
  });

  it('a connection the client saw refused, every attempt: "nothing was sent, nothing charged"', async () => {
    const { fetch, calls } = gateway(refused, opaque);
    const error = await failureOf(fetch, new VirtualClock());
    expect(error).toEqual(userError('not-sent'));
    expect(error.message).toMatch(/nothing was sent, nothing charged/);
    expect(error.message).not.toMatch(/may have been charged/);
    expect(calls.map((c) => c.init?.method)).toEqual(['POST', 'POST', 'POST']);
  });

  it('an API base the client refuses is never asked at all', async () => {
    const { fetch, calls } = gateway(failedToFetch, failedToFetch);
    const creating = createGenerationAsync({ fetch, apiBase: 'ftp://x', apiKey: KEY, request: REQUEST });
    await expect(creating).rejects.toMatchObject({ error: userError('api-base-invalid') });
    expect(calls).toEqual([]);
  });
});

describe('each sentence once', () => {
  it('a task past its deadline does not repeat its status ("Still running") in its sentence', () => {
    const said = userError('timeout', 6 * 60_000).message;
    expect(said).not.toMatch(new RegExp(phaseText('stalled'), 'i'));
    expect(said).toMatch(/6 min/);
  });
});

describe('the gateway’s own failure text', () => {
  it('is not prefixed twice with "generation failed"', () => {
    expect(taskFailedError('Generation failed: content policy').message).toBe(
      'The generation failed: content policy',
    );
    expect(taskFailedError('generation failed - upstream timeout').message).toBe(
      'The generation failed: upstream timeout',
    );
    expect(taskFailedError('Generation failed').message).toBe(userError('task-failed').message);
    expect(taskFailedError('content policy').message).toBe('The generation failed: content policy');
  });
});
