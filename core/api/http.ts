/**
 * The smallest fetch both realms share: Figma's sandbox fetch (headersObject,
 * no blob), the browser's and Node's (headers.get). Penpot's sandbox fetch
 * cannot send Authorization nor read bytes, which is why it is never given to
 * the task runner.
 */
export interface FetchInit {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** 'manual' for API calls (redirect.ts); both Figma's sandbox fetch and window.fetch take it. */
  redirect?: 'manual' | 'follow';
  /** 'no-cors' only for the reachability probe (connect-probe.ts): any answer counts, none is read. */
  mode?: 'cors' | 'no-cors';
}

export interface FetchResponseLike {
  readonly ok: boolean;
  readonly status: number;
  /** 'opaqueredirect' when a browser's 'manual' fetch met a redirect (status 0, target hidden). */
  readonly type?: string;
  /** Whether the fetch followed a redirect, and where it ended. */
  readonly redirected?: boolean;
  readonly url?: string;
  readonly headers?: { get(name: string): string | null };
  readonly headersObject?: Record<string, string>;
  text(): Promise<string>;
  arrayBuffer?(): Promise<ArrayBuffer>;
}

export type FetchLike = (url: string, init?: FetchInit) => Promise<FetchResponseLike>;

export function headerOf(response: FetchResponseLike, name: string): string | undefined {
  const fromHeaders = response.headers?.get(name);
  if (fromHeaders != null) return fromHeaders;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(response.headersObject ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** Time, injected so tests and benchmarks run on a virtual clock. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** A clock over the realm's own timers (both realms have setTimeout). */
export function realClock(setTimer: (fn: () => void, ms: number) => unknown): Clock {
  return {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => void setTimer(resolve, ms)),
  };
}
