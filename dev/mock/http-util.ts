/** Small response helpers shared by the API, file and admin routes. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A finished answer, built before it is sent so faults can mangle or withhold it. */
export interface Answer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string | Buffer;
  readonly contentType: string;
}

const ERROR_TYPES: Readonly<Record<number, string>> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'insufficient_credits',
  404: 'not_found_error',
  405: 'invalid_request_error',
  429: 'rate_limit_error',
  500: 'api_error',
  502: 'api_error',
  503: 'api_error',
};

export function jsonAnswer(status: number, value: unknown, headers?: Record<string, string>): Answer {
  return { status, body: JSON.stringify(value), contentType: 'application/json', headers };
}

/** The gateway's documented error shape: {"error":{"code","message","type"}}. */
export function errorAnswer(status: number, message: string, headers?: Record<string, string>): Answer {
  const type = ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
  return jsonAnswer(status, { error: { code: status, message, type } }, headers);
}

export function textAnswer(status: number, text: string, headers?: Record<string, string>): Answer {
  return { status, body: text, contentType: 'text/plain; charset=utf-8', headers };
}

export function send(response: ServerResponse, answer: Answer): void {
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
  response.writeHead(answer.status, {
    ...answer.headers,
    'Content-Type': answer.contentType,
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/** Reads the whole request body (the mock's bodies are small JSON). */
export function readBodyAsync(request: IncomingMessage, limit = 1_000_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Parses a JSON body; undefined when it is not JSON (the caller answers 400). */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
