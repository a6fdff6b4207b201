/**
 * The raster tools against the mock over loopback: a raster result to work
 * on (the mock serves a small known PNG for it, so results are quick to make
 * and easy to check), the client's tool POST, and a plain follow loop (poll,
 * download) that maps a failure as a tool's is mapped. Time is scaled as in
 * runner-harness.ts.
 */
import { PNG } from 'pngjs';
import { createGenerationAsync, createToolTaskAsync, getTaskAsync } from '../../core/api/client';
import { PluginError, type UserError } from '../../core/api/errors';
import { fetchResultAsync } from '../../core/api/fetch-result';
import { toolFailedError } from '../../core/api/tool-source';
import type { ModelId } from '../../core/models/catalogue';
import type { ToolId } from '../../core/models/tools';
import { TRANSIENT_CODES } from '../../core/tasks/poll-loop';
import type { ResultPayload } from '../../core/tasks/types';
import { startMockServer } from '../../dev/mock/server';
import { DEMO_KEY, type MockOptions } from '../../dev/mock/types';
import { nodeFetch, requestFor, scaledClock } from './runner-harness';

/** 40×30: a pale blue ground (the corners) and a red block in the middle. */
export const SOURCE = { width: 40, height: 30, ground: [200, 220, 240], block: [220, 30, 30] } as const;

function sourcePng(): Buffer {
  const png = new PNG({ width: SOURCE.width, height: SOURCE.height });
  for (let y = 0; y < SOURCE.height; y++) {
    for (let x = 0; x < SOURCE.width; x++) {
      const inBlock = x >= 10 && x < 30 && y >= 8 && y < 22;
      const [r, g, b] = inBlock ? SOURCE.block : SOURCE.ground;
      png.data.set([r, g, b, 255], (y * SOURCE.width + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Followed {
  readonly payload?: ResultPayload;
  readonly error?: UserError;
}

export async function toolHarnessAsync(options: MockOptions = {}) {
  const mock = await startMockServer({ durationMs: 40, ...options });
  mock.setRasterOverride({ bytes: sourcePng(), mime: 'image/png' });
  const clock = scaledClock(50);
  const client = { fetch: nodeFetch, apiBase: mock.apiBase, apiKey: DEMO_KEY, clock };

  /** Polls until the task ends (transient faults ride out), then downloads its file. */
  async function followAsync(taskId: string, limitMs = 10_000): Promise<Followed> {
    const end = Date.now() + limitMs;
    for (;;) {
      if (Date.now() > end) throw new Error(`task ${taskId} did not end`);
      try {
        const snapshot = await getTaskAsync({ ...client, taskId });
        if (snapshot.status === 'failed') return { error: toolFailedError(snapshot.error, DEMO_KEY) };
        if (snapshot.status === 'succeeded') {
          return {
            payload: await fetchResultAsync(nodeFetch, snapshot, 'raster', { clock, random: () => 0 }),
          };
        }
      } catch (error) {
        if (!(error instanceof PluginError)) throw error;
        if (!TRANSIENT_CODES.has(error.error.code)) return { error: error.error };
      }
      await sleep(10);
    }
  }

  const h = {
    mock,
    clock,
    followAsync,
    /** A finished result's URL: a raster one's file is the small source PNG. */
    sourceUrlAsync: async (model: ModelId = 'recraft-v4-text-to-image'): Promise<string> => {
      const created = await createGenerationAsync({
        ...client,
        request: requestFor(model),
      });
      for (;;) {
        const snapshot = await getTaskAsync({ ...client, taskId: created.taskId });
        if (snapshot.status === 'succeeded') return snapshot.urls[0]!;
        if (snapshot.status === 'failed') throw new Error('the source generation failed');
        await sleep(10);
      }
    },
    toolAsync: (tool: ToolId, imageUrl: string, extra: { timeoutMs?: number } = {}) =>
      createToolTaskAsync({ ...client, tool, imageUrl, ...extra }),
    posts: () => mock.log().filter((e) => e.method === 'POST'),
    toolPosts: () => mock.log().filter((e) => e.method === 'POST' && e.path.includes('/images/tools/')),
    closeAsync: () => mock.close(),
  };
  return h;
}

export async function errorOf(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PluginError)) throw new Error(`expected a PluginError, got ${String(error)}`);
  return error.error;
}

/** An RGBA pixel of a PNG payload. */
export function pixelOf(payload: ResultPayload, x: number, y: number): number[] {
  if (payload.kind !== 'image') throw new Error('expected an image');
  const png = PNG.sync.read(Buffer.from(payload.bytes));
  const offset = (y * png.width + x) * 4;
  return [...png.data.subarray(offset, offset + 4)];
}
