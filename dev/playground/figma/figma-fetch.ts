/**
 * The Figma sandbox's global fetch: a plain response object with
 * `headersObject`, `text()`, `json()` and `arrayBuffer()` (no blob, no
 * streams, no Headers class). Answers reach only a live sandbox.
 */
import type { SandboxSession } from '../runtime/session';

/** As @figma/plugin-typings declares them globally (its index.d.ts cannot join a DOM realm). */
export interface FetchOptions {
  method?: string;
  headers?: { [name: string]: string };
  headersObject?: { [name: string]: string };
  body?: Uint8Array | string;
  redirect?: string;
}

export interface FetchResponse {
  readonly headersObject: { [name: string]: string };
  readonly ok: boolean;
  readonly redirected: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly type: string;
  readonly url: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export function createFigmaFetch(session: SandboxSession) {
  return (url: string, init: FetchOptions = {}): Promise<FetchResponse> => {
    const request: RequestInit = {
      method: init.method ?? 'GET',
      headers: init.headers ?? init.headersObject ?? {},
      body: init.body as BodyInit | undefined,
      redirect: (init.redirect as RequestRedirect | undefined) ?? 'follow',
    };
    return session.freeze(fetch(String(url), request).then(toFigmaResponse));
  };

  function toFigmaResponse(response: Response): FetchResponse {
    let body: Promise<ArrayBuffer> | undefined;
    const bytes = () => session.freeze((body ??= response.arrayBuffer()));
    const headersObject: Record<string, string> = {};
    response.headers.forEach((value, name) => (headersObject[name] = value));
    return {
      headersObject,
      ok: response.ok,
      redirected: response.redirected,
      status: response.status,
      statusText: response.statusText,
      type: response.type,
      url: response.url,
      arrayBuffer: () => bytes(),
      text: () => bytes().then((b) => new TextDecoder().decode(b)),
      json: () => bytes().then((b) => JSON.parse(new TextDecoder().decode(b)) as unknown),
    };
  }
}
