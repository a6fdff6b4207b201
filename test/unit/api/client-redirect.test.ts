import { describe, expect, it } from 'vitest';
import { createGenerationAsync, getTaskAsync } from '../../../core/api/client';
import { PluginError, type UserError } from '../../../core/api/errors';
import type { FetchInit, FetchLike, FetchResponseLike } from '../../../core/api/http';
import { originOf } from '../../../core/api/redirect';
import { DEFAULT_VECTOR_OPTIONS } from '../../../core/tasks/types';

const KEY = 'aio_test_key_123456';
const API_BASE = 'https://apiin.one/api/v1';
const REQUEST = {
  model: 'recraft-v4-text-to-vector',
  prompt: 'a fox head icon, flat',
  size: '1024x1024',
  vector: DEFAULT_VECTOR_OPTIONS,
  target: { kind: 'viewport' },
} as const;

/** Answers every call with `answer`; records what was asked. */
function answering(answer: FetchResponseLike) {
  const calls: { url: string; init?: FetchInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return answer;
  };
  return { fetch, calls };
}

const redirect = (status: number, location?: string): FetchResponseLike => ({
  ok: false,
  status,
  headersObject: location === undefined ? {} : { Location: location },
  text: async () => '',
});

/** What a browser's fetch gives for a redirect under redirect: 'manual': no status, no headers. */
const OPAQUE: FetchResponseLike = { ok: false, status: 0, type: 'opaqueredirect', text: async () => '' };

async function errorOf(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PluginError)) throw new Error(`expected a PluginError, got ${String(error)}`);
  return error.error;
}

describe('a redirected generation POST', () => {
  it.each([301, 302, 303, 307, 308])(
    '%i: an error naming the target origin; sent once, never replayed',
    async (status) => {
      const { fetch, calls } = answering(redirect(status, 'https://evil.example/steal?k=1'));
      const error = await errorOf(
        createGenerationAsync({ fetch, apiBase: API_BASE, apiKey: KEY, request: REQUEST }),
      );
      expect(error).toMatchObject({ code: 'bad-request', action: 'none', status });
      expect(error.message).toMatch(
        /^The gateway redirected the request to https:\/\/evil\.example; it was not followed\./,
      );
      expect(error.message).toMatch(/nothing was generated: check your gateway dashboard to be sure/);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.init).toMatchObject({ method: 'POST', redirect: 'manual' });
    },
  );

  it('opaqueredirect (a browser hides the target): says it was redirected, sent once', async () => {
    const { fetch, calls } = answering(OPAQUE);
    const error = await errorOf(
      createGenerationAsync({ fetch, apiBase: API_BASE, apiKey: KEY, request: REQUEST }),
    );
    expect(error).toMatchObject({ code: 'bad-request', action: 'none' });
    expect(error.message).toMatch(/^The gateway redirected the request; it was not followed\./);
    expect(calls).toHaveLength(1);
  });

  it('a 3xx without a readable Location says it was redirected, naming nothing', async () => {
    const { fetch } = answering(redirect(307));
    const error = await errorOf(
      createGenerationAsync({ fetch, apiBase: API_BASE, apiKey: KEY, request: REQUEST }),
    );
    expect(error.message).toMatch(/^The gateway redirected the request; it was not followed\./);
  });

  it('a Location carrying the key shows only its origin, redacted', async () => {
    const { fetch } = answering(redirect(307, `https://${KEY.replace(/_/g, '-')}.evil.example/?key=${KEY}`));
    const error = await errorOf(
      createGenerationAsync({ fetch, apiBase: API_BASE, apiKey: KEY.replace(/_/g, '-'), request: REQUEST }),
    );
    expect(error.message).toContain('https://[key].evil.example;');
    expect(error.message).not.toContain(KEY);
  });

  it('a host whose fetch followed anyway: ambiguous, may have been charged there', async () => {
    const followed: FetchResponseLike = {
      ok: true,
      status: 200,
      redirected: true,
      url: 'https://evil.example/api/v1/images/generations',
      text: async () => '{"data":{"task_id":"t1"}}',
    };
    const { fetch, calls } = answering(followed);
    const error = await errorOf(
      createGenerationAsync({ fetch, apiBase: API_BASE, apiKey: KEY, request: REQUEST }),
    );
    expect(error).toMatchObject({ code: 'ambiguous', action: 'check-history' });
    expect(error.message).toMatch(
      /redirected the request to https:\/\/evil\.example and this host followed it/,
    );
    expect(calls).toHaveLength(1);
  });
});

describe('a redirected poll', () => {
  it.each([
    ['a 302 with Location', redirect(302, '/elsewhere'), 'to https://apiin.one;'],
    ['an opaqueredirect', OPAQUE, 'redirected the task check;'],
  ])('%s: a missed poll (transient), not followed', async (_name, answer, says) => {
    const { fetch, calls } = answering(answer);
    const error = await errorOf(getTaskAsync({ fetch, apiBase: API_BASE, apiKey: KEY, taskId: 't1' }));
    expect(error).toMatchObject({ code: 'server', action: 'retry' });
    expect(error.message).toContain(says);
    expect(error.message).toContain('it was not followed');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init).toMatchObject({ method: 'GET', redirect: 'manual' });
  });
});

describe('originOf', () => {
  const base = 'https://apiin.one/api/v1/images/generations';
  it.each([
    ['https://Evil.Example/x?y#z', 'https://evil.example'],
    ['http://evil.example:8080', 'http://evil.example:8080'],
    ['https://user:pw@evil.example/x', 'https://evil.example'],
    ['//evil.example/x', 'https://evil.example'],
    ['/api/v2/images', 'https://apiin.one'],
    ['other', 'https://apiin.one'],
    ['http://[::1]:9/x', 'http://[::1]:9'],
  ])('%j → %j', (location, origin) => expect(originOf(location, base)).toBe(origin));

  it.each(['', '   ', 'javascript:alert(1)', 'ftp://evil.example/', 'https://evil example/', 'https://<b>/'])(
    '%j → unreadable',
    (location) => expect(originOf(location, base)).toBeUndefined(),
  );
});
