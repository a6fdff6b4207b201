/**
 * Penpot's sandbox fetch, as its plugin runtime builds it: credentials
 * omitted, the Authorization header forced to '' (so it can never carry an
 * API key), and a response with only ok, status, statusText, url, text() and
 * json() — no headers, no arrayBuffer(): the sandbox cannot read bytes.
 */
export interface PenpotFetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export function penpotFetch(url: string, options: RequestInit = {}): Promise<PenpotFetchResponse> {
  const headers = { ...(options.headers as Record<string, string> | undefined), Authorization: '' };
  return fetch(url, { ...options, credentials: 'omit', headers }).then((response) => ({
    ok: response.ok,
    status: response.status,
    statusText: response.statusText,
    url: response.url,
    text: () => response.text(),
    json: () => response.json() as Promise<unknown>,
  }));
}
