/**
 * The mock gateway's programmatic surface. Tests start it in-process
 * (startMockServer) and steer it through these methods; the playground and
 * `npm start` steer the same things over /__admin/* HTTP endpoints.
 */
import type { ModelId } from '../../core/models/catalogue';
import type { ToolId, ToolInfo } from '../../core/models/tools';

export type ResponseShape = 'envelope' | 'flat';

export interface MockOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Creation/task answer shape; default 'envelope'. */
  readonly shape?: ResponseShape;
  /** Milliseconds a task takes, per model or for all; split evenly between queued and running. */
  readonly durationMs?: number | Partial<Record<ModelId, number>>;
  /** How long result URLs live (404 after); default one hour. */
  readonly resultTtlMs?: number;
  /** Keys and their credit balances; default { [DEMO_KEY]: 1000 }. */
  readonly keys?: Readonly<Record<string, number>>;
  /** Models that answer the POST with the finished result itself. */
  readonly synchronousModels?: readonly ModelId[];
  /** Where vector results come from: an URL to an .svg (default) or inline SVG text in the task. */
  readonly vectorDelivery?: 'url' | 'inline';
  /**
   * Tasks a key may have unfinished at once; one more creation is answered 429 with a Retry-After
   * (nothing created or charged). Default: no limit.
   */
  readonly maxConcurrent?: number;
  /**
   * The mock's clock, ms; Date.now by default. A bench or test that runs the client on a scaled clock
   * passes the same one, so task durations, Retry-After and the log's times are all in that time.
   */
  readonly now?: () => number;
  /**
   * Refuse any generation carrying `controls` with a 400 naming the field (nothing created or charged), as a
   * gateway that does not pass Recraft's own fields through might. Default false: accepted and checked.
   */
  readonly rejectControls?: boolean;
}

export const DEMO_KEY = 'aio_demo_playground_key';

/** A fault applied to the next matching requests. */
export interface Fault {
  readonly method?: 'GET' | 'POST';
  /** Substring of the path, e.g. '/images/generations', '/tasks/', '/files/'. */
  readonly path?: string;
  /** How many matching requests it applies to; default 1. */
  readonly times?: number;
  readonly kind:
    | {
        readonly type: 'status';
        readonly status: number;
        readonly retryAfter?: number;
        readonly body?: string;
      }
    /** Read the request, then destroy the socket without answering (ambiguous for a POST). */
    | { readonly type: 'drop' }
    /** Refuse before reading: the socket is destroyed before the request body is read and nothing is done. */
    | { readonly type: 'reset' }
    /** Answer after a delay (the request is processed normally). */
    | { readonly type: 'delay'; readonly ms: number }
    /** 200 with a body that is not JSON. */
    | { readonly type: 'malformed' }
    /**
     * Answer with a redirect to `location` (another origin, typically) instead of
     * handling the request: nothing is created or charged. Status 307 unless given.
     */
    | { readonly type: 'redirect'; readonly location: string; readonly status?: RedirectStatus }
    /**
     * The answer arrives cut in half. 'full' (default): it announces the whole
     * body's Content-Length, sends half and closes the connection (a transfer
     * that broke off); 'short': half the body with its own Content-Length (a
     * proxy that cut it and re-framed it).
     */
    | { readonly type: 'truncate'; readonly length?: 'full' | 'short' };
}

type RedirectStatus = 301 | 302 | 303 | 307 | 308;

export interface LogEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly at: number;
  /** Whether an Authorization header came with it (never its value). */
  readonly authorized: boolean;
  readonly origin?: string;
  /** An API POST's JSON body as it arrived (it never holds the key), for tests to check the exact request. */
  readonly body?: unknown;
}

export interface TaskRecord {
  readonly id: string;
  /** A generation's model, or a raster tool's ("bg-remover", "image-upscale"). */
  readonly model: ModelId | ToolInfo['model'];
  /** Set for a raster tool's task. */
  readonly tool?: ToolId;
  readonly prompt: string;
  readonly size: string;
  readonly key: string;
  readonly createdAt: number;
  readonly finishAt: number;
  readonly fail?: string;
}

export interface MockServer {
  /** e.g. http://127.0.0.1:8787 */
  readonly origin: string;
  /** origin + '/api/v1' */
  readonly apiBase: string;
  close(): Promise<void>;
  addFault(fault: Fault): void;
  clearFaults(): void;
  /** The next created task fails with this message. */
  failNextTask(message?: string): void;
  /** Every result URL issued so far answers 404 from now on. */
  expireResults(): void;
  setBalance(key: string, credits: number): void;
  balance(key: string): number | undefined;
  setShape(shape: ResponseShape): void;
  setDuration(ms: number | Partial<Record<ModelId, number>>): void;
  /** Tasks a key may have unfinished at once (429 beyond); null: no limit. */
  setMaxConcurrent(max: number | null): void;
  log(): readonly LogEntry[];
  clearLog(): void;
  tasks(): readonly TaskRecord[];
  /**
   * Serve every raster result file (new tasks' and existing ones') as these
   * bytes with this Content-Type; new result URLs carry a matching extension
   * (.webp, .jpg, ...). null goes back to the mock's own PNGs; so does reset.
   */
  setRasterOverride(image: { bytes: Uint8Array; mime: string } | null): void;
  /**
   * Serve every vector result (file or inline answer, new tasks' and existing
   * ones') as this SVG text, unchecked: malformed or hostile drawings. null
   * goes back to the mock's own art; so does reset.
   */
  setSvgOverride(svg: string | null): void;
  /** Refuse (400 naming the field) or accept generations carrying `controls`; reset goes back to the option. */
  setRejectControls(reject: boolean): void;
}
