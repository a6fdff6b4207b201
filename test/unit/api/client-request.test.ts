import { describe, expect, it } from 'vitest';
import { createGenerationAsync, getTaskAsync } from '../../../core/api/client';
import { PluginError } from '../../../core/api/errors';
import type { FetchInit, FetchLike } from '../../../core/api/http';
import { generationBody } from '../../../core/api/request-body';
import { DEFAULT_VECTOR_OPTIONS, type GenerationRequest } from '../../../core/tasks/types';
import { fixture } from './fixtures';

// Request building only: the client's behaviour on the wire is tested against the mock gateway.
function recordingFetch(answer: string) {
  const calls: { url: string; init?: FetchInit }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return { ok: true, status: 200, headersObject: {}, text: async () => answer };
  };
  return { fetch, calls };
}

const request = (over: Partial<GenerationRequest> = {}): GenerationRequest => ({
  model: 'recraft-v4-text-to-image',
  prompt: 'A minimalist line art illustration of a mountain landscape, clean design',
  size: '1024x1024',
  vector: DEFAULT_VECTOR_OPTIONS,
  target: { kind: 'viewport' },
  ...over,
});

const KEY = 'aio_test_key_123456';
const ENVELOPE = JSON.stringify(fixture('create.envelope.json'));

describe('generation request', () => {
  it('matches the documented Recraft request', () => {
    expect(generationBody(request())).toEqual(fixture('request.recraft.json'));
  });

  it('sends aspect_ratio to the other models, and falls back to a valid size', () => {
    expect(generationBody(request({ model: 'imagen-4', size: '16:9' }))).toEqual({
      model: 'imagen-4',
      prompt: request().prompt,
      aspect_ratio: '16:9',
    });
    expect(
      generationBody(request({ model: 'recraft-v4-pro-text-to-vector', size: '1024x1024' })),
    ).toMatchObject({
      image_size: '2048x2048',
    });
  });

  it('POSTs JSON with the Bearer key to the API base, trailing slash or not', async () => {
    for (const apiBase of ['https://apiin.one/api/v1', 'https://apiin.one/api/v1/']) {
      const { fetch, calls } = recordingFetch(ENVELOPE);
      const created = await createGenerationAsync({ fetch, apiBase, apiKey: KEY, request: request() });
      expect(created.taskId).toBe('n78xxxx_recraft');
      expect(calls).toHaveLength(1);
      expect(calls[0]!.url).toBe('https://apiin.one/api/v1/images/generations');
      expect(calls[0]!.init).toMatchObject({
        method: 'POST',
        redirect: 'manual',
        headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      });
      expect(JSON.parse(calls[0]!.init!.body!)).toEqual(fixture('request.recraft.json'));
    }
  });

  it('refuses before sending: short prompt, no key, odd API base', async () => {
    const cases: [Partial<Parameters<typeof createGenerationAsync>[0]>, string][] = [
      [{ request: request({ prompt: ' a ' }) }, 'bad-request'],
      [{ request: request({ prompt: 'x'.repeat(5001) }) }, 'bad-request'],
      // No key is not a refused one: the gateway was never asked.
      [{ apiKey: '  ' }, 'no-key'],
      [{ apiBase: 'javascript:alert(1)' }, 'bad-request'],
      [{ apiBase: 'https://user:pw@apiin.one/api/v1' }, 'bad-request'],
      [{ apiBase: 'https://u@apiin.one/api' }, 'bad-request'],
      [{ apiBase: 'https://apiin.one/api/v1?x' }, 'bad-request'],
    ];
    for (const [over, code] of cases) {
      const { fetch, calls } = recordingFetch(ENVELOPE);
      const opts = { fetch, apiBase: 'https://apiin.one/api/v1', apiKey: KEY, request: request(), ...over };
      const error = await createGenerationAsync(opts).catch((e: unknown) => e);
      expect((error as PluginError).error.code).toBe(code);
      expect(calls).toHaveLength(0);
    }
  });
});

describe('task request', () => {
  it('GETs the task by its id with the key, no body, and redirects not followed', async () => {
    const { fetch, calls } = recordingFetch('{"id":"n78_x.1-A","status":"pending"}');
    const snapshot = await getTaskAsync({
      fetch,
      apiBase: 'http://127.0.0.1:9/api/v1',
      apiKey: KEY,
      taskId: 'n78_x.1-A',
    });
    expect(snapshot.status).toBe('queued');
    expect(calls[0]!.url).toBe('http://127.0.0.1:9/api/v1/tasks/n78_x.1-A');
    expect(calls[0]!.init).toEqual({
      method: 'GET',
      headers: { Authorization: `Bearer ${KEY}`, Accept: 'application/json' },
      redirect: 'manual',
    });
  });

  it('never turns an id that is not a task id into a path: nothing is sent', async () => {
    for (const taskId of ['.', '..', 'a/b', 'a?b', '%2e%2e', '']) {
      const { fetch, calls } = recordingFetch('{"status":"pending"}');
      const error = await getTaskAsync({
        fetch,
        apiBase: 'https://apiin.one/api/v1',
        apiKey: KEY,
        taskId,
      }).catch((e: unknown) => e);
      expect((error as PluginError).error).toMatchObject({ code: 'task-not-found', action: 'check-history' });
      expect(calls).toHaveLength(0);
    }
  });
});
