/**
 * Records every request a browser context makes (all pages, all frames,
 * preflights included when the browser reports them) with its headers and
 * body, for the key audit.
 */
import type { BrowserContext, Request } from 'playwright-core';
import { expect } from 'vitest';

export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly frameUrl: string;
}

export function recordRequests(context: BrowserContext): {
  requests: RecordedRequest[];
  settleAsync(): Promise<void>;
} {
  const requests: RecordedRequest[] = [];
  const pending = new Set<Promise<void>>();
  const record = async (request: Request) => {
    const headers = await request.allHeaders().catch(() => request.headers());
    let frameUrl: string;
    try {
      frameUrl = request.frame().url();
    } catch {
      frameUrl = '(service worker or detached frame)';
    }
    requests.push({
      url: request.url(),
      method: request.method(),
      headers,
      body: request.postData() ?? '',
      frameUrl,
    });
  };
  context.on('request', (request) => {
    const job = record(request).finally(() => pending.delete(job));
    pending.add(job);
  });
  return {
    requests,
    settleAsync: async () => {
      await Promise.all([...pending]);
    },
  };
}

/**
 * The key audit: at least `atLeast` requests carried the key, every one of them in the Authorization
 * header of a request to `apiOrigin`, and no request carried it anywhere else (URL, body, other headers).
 */
export function expectKeyOnlyTo(
  requests: readonly RecordedRequest[],
  apiOrigin: string,
  key: string,
  atLeast = 2,
): void {
  const authorized = requests.filter((r) => (r.headers.authorization ?? '') !== '');
  expect(authorized.length).toBeGreaterThanOrEqual(atLeast);
  for (const request of authorized) {
    expect(new URL(request.url).origin, `${request.method} ${request.url}`).toBe(apiOrigin);
    expect(request.headers.authorization).toBe(`Bearer ${key}`);
  }
  for (const request of requests) {
    const { authorization: _auth, ...others } = request.headers;
    const seen = JSON.stringify([request.url, request.body, others]);
    expect(seen, `${request.method} ${request.url}`).not.toContain(key);
  }
}
