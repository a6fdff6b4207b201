import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PluginError, type UserError } from '../../../core/api/errors';
import { fetchResultAsync } from '../../../core/api/fetch-result';
import { TIMEOUTS } from '../../../core/api/timeouts';
import type { FetchLike, FetchResponseLike } from '../../../core/api/http';
import type { ResultPayload, TaskSnapshot } from '../../../core/tasks/types';
import { VirtualClock } from '../../support/virtual-clock';

// The download's retry policy, on virtual time: every wait is the clock's, none is real.
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="3"/></svg>';
const PNG_BYTES = new Uint8Array(PNG.sync.write(new PNG({ width: 12, height: 7 })));
const bytesOf = (text: string) => new TextEncoder().encode(text);

type Answer = FetchResponseLike | Error | 'hang';

function file(
  status: number,
  body: Uint8Array | string = '',
  headers: Record<string, string> = {},
): FetchResponseLike {
  const bytes = typeof body === 'string' ? bytesOf(body) : body;
  return {
    ok: status >= 200 && status < 300,
    status,
    headersObject: { 'Content-Length': String(bytes.length), ...headers },
    text: async () => new TextDecoder().decode(bytes),
    arrayBuffer: async () => bytes.slice().buffer,
  };
}

/** A connection reset as Node's fetch reports it. */
const reset = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });

/** Answers in order (the last one repeats), recording when each request came. */
function scripted(clock: VirtualClock, answers: Answer[]) {
  const at: number[] = [];
  const fetch: FetchLike = () => {
    at.push(clock.now());
    const answer = answers[Math.min(at.length - 1, answers.length - 1)]!;
    if (answer === 'hang') return new Promise(() => undefined);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { fetch, at };
}

const vector = (url = 'https://cdn.test/r/a.svg'): TaskSnapshot => ({ status: 'succeeded', urls: [url] });
const raster = (url = 'https://cdn.test/r/a.png'): TaskSnapshot => ({ status: 'succeeded', urls: [url] });

/** Runs the download on the virtual clock to its end. */
async function downloadAsync(
  clock: VirtualClock,
  fetch: FetchLike,
  snapshot: TaskSnapshot,
  options: { stopped?: () => boolean } = {},
): Promise<ResultPayload | UserError> {
  let outcome: ResultPayload | UserError | undefined;
  const output = snapshot.urls[0]!.includes('.svg') ? 'vector' : 'raster';
  void fetchResultAsync(fetch, snapshot, output, {
    clock,
    random: () => 1,
    timeoutMs: 30_000,
    ...options,
  }).then(
    (payload) => (outcome = payload),
    (error: unknown) => (outcome = (error as PluginError).error),
  );
  await clock.runAsync(() => outcome !== undefined, 48 * 3_600_000);
  if (!outcome) throw new Error('the download never ended');
  return outcome;
}

const gaps = (at: number[]) => at.slice(1).map((t, i) => t - at[i]!);

describe('fetchResultAsync retries passing faults', () => {
  it('429 with Retry-After, then the file: waits as long as asked', async () => {
    const clock = new VirtualClock(1_000_000);
    const { fetch, at } = scripted(clock, [file(429, '', { 'Retry-After': '30' }), file(200, SVG)]);
    expect(await downloadAsync(clock, fetch, vector())).toEqual({ kind: 'svg', svg: SVG });
    expect(gaps(at)).toEqual([30_000]);
  });

  it('503 three times, then the file: exponential back-off', async () => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, [file(503), file(503), file(503), file(200, PNG_BYTES)]);
    expect(await downloadAsync(clock, fetch, raster())).toMatchObject({
      kind: 'image',
      width: 12,
      height: 7,
    });
    expect(gaps(at)).toEqual([1000, 2000, 4000]);
  });

  it('jitter comes from the injected random', async () => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, [file(500), file(200, SVG)]);
    const done = fetchResultAsync(fetch, vector(), 'vector', { clock, random: () => 0 });
    await clock.runAsync(() => at.length === 2);
    await done;
    expect(gaps(at)).toEqual([500]);
  });

  it('a reset connection, then the file', async () => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, [reset(), file(200, SVG)]);
    expect(await downloadAsync(clock, fetch, vector())).toEqual({ kind: 'svg', svg: SVG });
    expect(at).toHaveLength(2);
  });

  it('a body that breaks off mid-transfer, then the file', async () => {
    const clock = new VirtualClock();
    const broken: FetchResponseLike = {
      ...file(200, PNG_BYTES),
      arrayBuffer: () => Promise.reject(new TypeError('terminated')),
    };
    const { fetch, at } = scripted(clock, [broken, file(200, PNG_BYTES)]);
    expect(await downloadAsync(clock, fetch, raster())).toMatchObject({ kind: 'image' });
    expect(at).toHaveLength(2);
  });

  it('no answer within the timeout, then the file', async () => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, ['hang', file(200, SVG)]);
    expect(await downloadAsync(clock, fetch, vector())).toEqual({ kind: 'svg', svg: SVG });
    expect(gaps(at)).toEqual([31_000]);
  });

  const cutPng = PNG_BYTES.subarray(0, 40);
  it.each([
    [
      'a PNG cut in half, full Content-Length',
      file(200, cutPng, { 'Content-Length': String(PNG_BYTES.length) }),
    ],
    ['a PNG cut in half, its own Content-Length', file(200, cutPng)],
    ['a PNG cut inside its signature', file(200, PNG_BYTES.subarray(0, 5))],
  ])('%s, then the whole file', async (_name, cut) => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, [cut, file(200, PNG_BYTES)]);
    expect(await downloadAsync(clock, fetch, raster())).toMatchObject({ kind: 'image', width: 12 });
    expect(at).toHaveLength(2);
  });

  it.each([
    ['an SVG cut mid-document', file(200, SVG.slice(0, SVG.length / 2))],
    ['an SVG cut in its closing tag', file(200, SVG.slice(0, -2))],
    ['an SVG cut in its prolog', file(200, '<?xml version="1.0" enc')],
    ['an empty body', file(200, '')],
    ['an unknown body short of its Content-Length', file(200, 'xyz', { 'Content-Length': '900' })],
  ])('%s, then the whole file', async (_name, cut) => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, [cut, file(200, SVG)]);
    expect(await downloadAsync(clock, fetch, vector())).toEqual({ kind: 'svg', svg: SVG });
    expect(at).toHaveLength(2);
  });

  it('a whole SVG followed by a comment is whole', async () => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, [file(200, `<?xml version="1.0"?>\n${SVG}\n<!-- made by x -->\n`)]);
    expect(await downloadAsync(clock, fetch, vector())).toMatchObject({ kind: 'svg' });
    expect(at).toHaveLength(1);
  });
});

describe('fetchResultAsync ends at once on a definite answer', () => {
  it.each([404, 410, 403])('%i: the file has expired, generating again is the only way', async (status) => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, [file(status, 'gone'), file(200, SVG)]);
    const error = (await downloadAsync(clock, fetch, vector())) as UserError;
    expect(error).toMatchObject({ code: 'result-expired', action: 'none' });
    expect(error.message).toMatch(/expired.*generating again is the only way/);
    expect(at).toHaveLength(1);
  });

  it('a whole file that is not a result (an HTML page)', async () => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, [file(200, '<html><body>Sign in</body></html>'), file(200, SVG)]);
    expect(await downloadAsync(clock, fetch, raster('https://cdn.test/r/a'))).toMatchObject({
      code: 'result-unreadable',
    });
    expect(at).toHaveLength(1);
  });

  it('a 4xx that is not about time (400)', async () => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, [file(400, 'bad')]);
    const error = (await downloadAsync(clock, fetch, vector())) as UserError;
    expect(error.message).toBe('The result could not be read: the file answered HTTP 400.');
    expect(at).toHaveLength(1);
  });
});

describe('fetchResultAsync gives up at its deadline', () => {
  it('with no expiry in the URL: after the window, with a plain reason', async () => {
    const clock = new VirtualClock(5_000);
    const { fetch, at } = scripted(clock, [file(503)]);
    const error = (await downloadAsync(clock, fetch, vector())) as UserError;
    expect(error).toMatchObject({ code: 'result-unreadable', action: 'check-history' });
    expect(error.message).toBe(
      'The result could not be downloaded: its file still failed (HTTP 503) after 10 min of retries. It was generated and may be charged; check your gateway dashboard.',
    );
    expect(at.at(-1)! - at[0]!).toBeLessThanOrEqual(TIMEOUTS.downloadRetryWindowMs);
    expect(at.at(-1)! - at[0]!).toBeGreaterThan(TIMEOUTS.downloadRetryWindowMs - 20_000);
    // Capped back-off: never more than one try every 15 s once it grew.
    expect(Math.max(...gaps(at))).toBe(15_000);
  });

  it('names the last fault it met', async () => {
    const clock = new VirtualClock();
    const { fetch } = scripted(clock, [reset()]);
    const error = (await downloadAsync(clock, fetch, vector())) as UserError;
    expect(error.message).toMatch(/still failed \(the connection failed\) after 10 min/);
  });

  it("with the URL's own expiry: retries until then, and then the file has expired", async () => {
    const start = Date.UTC(2026, 0, 1, 12, 0, 0);
    const clock = new VirtualClock(start);
    const url = `https://cdn.test/r/a.svg?X-Amz-Date=20260101T120000Z&X-Amz-Expires=3600&X-Amz-Signature=ab`;
    const { fetch, at } = scripted(clock, [file(503)]);
    const error = (await downloadAsync(clock, fetch, vector(url))) as UserError;
    expect(error).toMatchObject({ code: 'result-expired' });
    expect(at.at(-1)! - start).toBeGreaterThan(3_600_000 - 20_000);
    expect(at.at(-1)! - start).toBeLessThanOrEqual(3_600_000);
  });

  it('a Retry-After past the deadline is not waited out', async () => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, [
      file(429, '', { 'Retry-After': String(TIMEOUTS.downloadRetryWindowMs / 1000 + 60) }),
    ]);
    expect(await downloadAsync(clock, fetch, vector())).toMatchObject({ code: 'result-unreadable' });
    expect(at).toHaveLength(1);
  });

  it('stops retrying once its run is stopped', async () => {
    const clock = new VirtualClock();
    const { fetch, at } = scripted(clock, [file(503)]);
    // The run is stopped while the second try is out.
    const outcome = await downloadAsync(clock, fetch, vector(), { stopped: () => at.length >= 2 });
    expect(outcome).toMatchObject({ code: 'cancelled' });
    expect(at).toHaveLength(2);
  });
});
