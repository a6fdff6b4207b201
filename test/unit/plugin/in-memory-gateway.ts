/**
 * A tiny gateway over in-memory data for the sandbox runner's unit tests:
 * only KEY is accepted; each task is running for `pollsUntilDone` polls, then succeeds with an SVG
 * file on another origin. Real HTTP paths are covered by the integration
 * tests against the mock server.
 */
import type { FetchInit, FetchLike, FetchResponseLike } from '../../../core/api/http';
import { API_BASE, KEY } from './fixtures';

export const FILES = 'https://files.test';

interface Call {
  readonly url: string;
  readonly authorization?: string;
}

export function inMemoryGateway(svg: string, pollsUntilDone = 1) {
  const calls: Call[] = [];
  const polls = new Map<string, number>();
  const fetch: FetchLike = async (url: string, init?: FetchInit) => {
    calls.push({ url, authorization: init?.headers?.Authorization });
    const task = new RegExp(`^${API_BASE}/tasks/([\\w-]+)$`).exec(url)?.[1];
    if (task && init?.headers?.Authorization !== `Bearer ${KEY}`) {
      return respond(401, '{"error":{"code":401,"message":"Invalid API key"}}');
    }
    if (task) {
      const n = (polls.get(task) ?? 0) + 1;
      polls.set(task, n);
      const data =
        n <= pollsUntilDone
          ? { task_id: task, status: 'IN_PROGRESS' }
          : { task_id: task, status: 'SUCCESS', output: { svg_url: `${FILES}/${task}.svg` } };
      return respond(200, JSON.stringify({ code: 200, message: 'success', data }));
    }
    if (url.startsWith(`${FILES}/`)) return respond(200, svg);
    return respond(404, '{"error":{"code":404,"message":"not found"}}');
  };
  return { fetch, calls, polls };
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
