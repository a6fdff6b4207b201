/** Small loopback helpers for the mock gateway's tests (real HTTP, Node's fetch). */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startMockServer } from '../../dev/mock/server';
import { DEMO_KEY, type MockOptions, type MockServer } from '../../dev/mock/types';

export const sleepAsync = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function headersFor(key: string | undefined = DEMO_KEY): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    ...(key === undefined ? {} : { Authorization: `Bearer ${key}` }),
  };
}

export function createAsync(mock: MockServer, body: unknown, key: string | undefined = DEMO_KEY) {
  return fetch(`${mock.apiBase}/images/generations`, {
    method: 'POST',
    headers: headersFor(key),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function pollAsync(mock: MockServer, taskId: string, key: string = DEMO_KEY) {
  return fetch(`${mock.apiBase}/tasks/${encodeURIComponent(taskId)}`, { headers: headersFor(key) });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export async function jsonOf(response: Response): Promise<Json> {
  return JSON.parse(await response.text()) as Json;
}

const TERMINAL = ['SUCCESS', 'FAILED', 'completed', 'failed'];

/** The status word of either shape. */
export const statusOf = (body: Json): string => body.data?.status ?? body.status;

/** Polls until the task ends; returns every status seen and the final body. */
async function pollToEndAsync(mock: MockServer, taskId: string, key: string = DEMO_KEY) {
  const seen: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const response = await pollAsync(mock, taskId, key);
    if (response.status !== 200) throw new Error(`poll answered ${response.status}`);
    const body = await jsonOf(response);
    seen.push(statusOf(body));
    if (TERMINAL.includes(statusOf(body))) return { seen, body };
    await sleepAsync(5);
  }
  throw new Error('task never finished');
}

/** Creates a task and polls it to its end. */
export async function generateAsync(
  mock: MockServer,
  request: Record<string, unknown>,
  key: string = DEMO_KEY,
) {
  const created = await jsonOf(await createAsync(mock, request, key));
  const taskId: string = created.data?.task_id ?? created.id;
  return { taskId, created, ...(await pollToEndAsync(mock, taskId, key)) };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') throw new Error('no IHDR first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Starts one mock gateway for the test file, stops it after, and clears its
 * faults and log between tests; read it through the returned getter.
 */
export function useMock(options: MockOptions): () => MockServer {
  let mock: MockServer | undefined;
  beforeAll(async () => {
    mock = await startMockServer(options);
  });
  afterEach(() => {
    mock?.clearFaults();
    mock?.clearLog();
  });
  afterAll(() => mock?.close());
  return () => {
    if (!mock) throw new Error('the mock gateway has not started');
    return mock;
  };
}
