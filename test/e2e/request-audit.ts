/**
 * Records every request a browser context makes (all pages, all frames,
 * preflights included when the browser reports them) with its headers and
 * body, for the key audit.
 */
import type { BrowserContext, Request } from 'playwright-core';

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
