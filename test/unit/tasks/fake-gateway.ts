import { PNG } from 'pngjs';
import type { FetchInit, FetchLike, FetchResponseLike } from '../../../core/api/http';
import type { VirtualClock } from '../../support/virtual-clock';

/** An in-memory gateway for runner unit tests (the integration tests use the real mock over HTTP). */
export const API_BASE = 'https://api.test/api/v1';
export const CDN = 'https://cdn.test';
export const SVG_TEXT =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="3"/></svg>';
export const PNG_BYTES = new Uint8Array(PNG.sync.write(new PNG({ width: 64, height: 32 })));

export type Outcome = 'svg' | 'png' | 'inline' | { readonly fail: string } | 'never';

export interface Call {
  readonly url: string;
  readonly method: string;
  readonly authorization?: string;
  readonly at: number;
}

type Scripted = FetchResponseLike | Error;

export function response(status: number, body: string | Uint8Array, headers: Record<string, string> = {}) {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return {
    ok: status >= 200 && status < 300,
    status,
    headersObject: headers,
    text: async () => new TextDecoder().decode(bytes),
    arrayBuffer: async () => bytes.slice().buffer,
  } satisfies FetchResponseLike;
}

export class FakeGateway {
  readonly calls: Call[] = [];
  readonly expired = new Set<string>();
  private readonly tasks = new Map<string, { finishAt: number; outcome: Outcome }>();
  private readonly script: { match: (call: Call) => boolean; answer: () => Scripted }[] = [];

  constructor(private readonly clock: VirtualClock) {}

  addTask(id: string, finishAt: number, outcome: Outcome): void {
    this.tasks.set(id, { finishAt, outcome });
  }

  /** The next request whose URL contains `part` gets `answer` instead (times in a row). */
  inject(part: string, answer: () => Scripted, times = 1): void {
    for (let i = 0; i < times; i++) this.script.push({ match: (call) => call.url.includes(part), answer });
  }

  polls(id?: string): Call[] {
    return this.calls.filter(
      (c) => c.url.startsWith(`${API_BASE}/tasks/`) && (!id || c.url.endsWith(`/${id}`)),
    );
  }

  readonly fetch: FetchLike = async (url: string, init?: FetchInit) => {
    const call = {
      url,
      method: init?.method ?? 'GET',
      authorization: init?.headers?.Authorization,
      at: this.clock.now(),
    };
    this.calls.push(call);
    const scripted = this.script.findIndex((s) => s.match(call));
    if (scripted >= 0) {
      const answer = this.script.splice(scripted, 1)[0]!.answer();
      if (answer instanceof Error) throw answer;
      return answer;
    }
    if (url.startsWith(`${API_BASE}/tasks/`))
      return this.taskAnswer(decodeURIComponent(url.split('/').pop()!), call);
    if (url.startsWith(`${CDN}/files/`)) return this.fileAnswer(url);
    return response(404, 'not found');
  };

  private taskAnswer(id: string, call: Call) {
    if (call.authorization !== 'Bearer aio_unit_key')
      return response(401, '{"error":{"message":"Invalid API key"}}');
    const task = this.tasks.get(id);
    if (!task) return response(404, '{"error":{"message":"Task not found"}}');
    const done = task.outcome !== 'never' && this.clock.now() >= task.finishAt;
    const data: Record<string, unknown> = { task_id: id, status: done ? 'SUCCESS' : 'IN_PROGRESS' };
    if (done && typeof task.outcome === 'object')
      Object.assign(data, { status: 'FAILED', error: task.outcome.fail });
    if (done && task.outcome === 'svg') data.output = { svg_url: `${CDN}/files/${id}.svg` };
    if (done && task.outcome === 'png') data.output = { image_url: `${CDN}/files/${id}.png` };
    if (done && task.outcome === 'inline') data.output = { svg: SVG_TEXT };
    if (done) data.credits_consumed = 20;
    return response(200, JSON.stringify({ code: 200, message: 'success', data }));
  }

  private fileAnswer(url: string) {
    if (this.expired.has(url)) return response(404, 'gone');
    return url.endsWith('.svg') ? response(200, SVG_TEXT) : response(200, PNG_BYTES);
  }
}
