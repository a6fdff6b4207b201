/**
 * The gateway over in-memory data, for the runners' unit tests (the sandbox's and the UI's): each task
 * is running for `pollsUntilDone` polls, then succeeds with an SVG file on another origin (FILES).
 * With `key`, only that key is accepted; `state.status` other than 200 answers every poll with that
 * status (a refused key), and can change mid-test. Real HTTP paths are covered by the integration
 * tests against the mock server; the clock-driven gateway of the task runner's tests is
 * test/unit/tasks/fake-gateway.ts.
 */
import type { FetchInit, FetchLike, FetchResponseLike } from '../../core/api/http';

export const FILES = 'https://files.test';

export function inMemoryGateway(
  svg: string,
  pollsUntilDone: number,
  api: { readonly apiBase: string; readonly key?: string; readonly status?: number },
) {
  const calls: { readonly url: string; readonly authorization?: string; readonly init?: FetchInit }[] = [];
  const polls = new Map<string, number>();
  const state = { status: api.status ?? 200 };
  const fetch: FetchLike = async (url: string, init?: FetchInit) => {
    calls.push({ url, authorization: init?.headers?.Authorization, init });
    if (url.startsWith(`${FILES}/`)) return respond(200, svg);
    const task = /\/tasks\/([\w-]+)$/.exec(url)?.[1];
    if (!task || !url.startsWith(`${api.apiBase}/tasks/`))
      return respond(404, '{"error":{"code":404,"message":"not found"}}');
    if (api.key !== undefined && init?.headers?.Authorization !== `Bearer ${api.key}`) {
      return respond(401, '{"error":{"code":401,"message":"Invalid API key"}}');
    }
    if (state.status !== 200) return respond(state.status, '{"error":{"message":"Invalid API key"}}');
    const n = (polls.get(task) ?? 0) + 1;
    polls.set(task, n);
    const data =
      n <= pollsUntilDone
        ? { task_id: task, status: 'IN_PROGRESS' }
        : { task_id: task, status: 'SUCCESS', output: { svg_url: `${FILES}/${task}.svg` } };
    return respond(200, JSON.stringify({ code: 200, message: 'success', data }));
  };
  return { fetch, calls, polls, state };
}

function respond(status: number, body: string): FetchResponseLike {
  const bytes = new TextEncoder().encode(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    headersObject: {},
    text: async () => body,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  };
}
