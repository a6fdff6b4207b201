/**
 * The mock API in One gateway: a real HTTP server on Node's own `http` that
 * behaves as the API in One gateway does (auth, credits, validation, task
 * lifecycle, temporary result files, CORS) and can be told to misbehave.
 *
 * @example
 * const mock = await startMockServer({ durationMs: 50 });
 * // point a client at mock.apiBase with DEMO_KEY ...
 * await mock.close();
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isConcurrencyLimit, MAX_CONCURRENT_RULE } from './concurrency';
import { dispatchAsync, type DispatchContext } from './dispatch';
import { errorAnswer, send } from './http-util';
import { makeRasterOverride } from './raster-override';
import { makeSvgOverride } from './svg-override';
import { DEFAULT_FAILURE, MockState } from './state';
import type { MockOptions, MockServer } from './types';

function listenAsync(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** A host clients can reach: a wildcard bind is reached on loopback; IPv6 literals need brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startMockServer(options: MockOptions = {}): Promise<MockServer> {
  const state = new MockState(options);
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';
  const context: DispatchContext = {
    state,
    origin: () => origin,
    now: options.now ?? Date.now,
    sleepAsync: (ms) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.add(timer);
      }),
  };
  const server = createServer((request, response) => {
    dispatchAsync(context, request, response).catch((error: unknown) => {
      if (!response.headersSent && !response.destroyed)
        send(response, errorAnswer(500, `Mock failure: ${String(error)}`));
    });
  });
  const host = options.host ?? '127.0.0.1';
  await listenAsync(server, options.port ?? 0, host);
  origin = `http://${urlHost(host)}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    apiBase: `${origin}/api/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    addFault: (fault) => state.faults.add(fault),
    clearFaults: () => state.faults.clear(),
    failNextTask: (message) => {
      state.failNext = message ?? DEFAULT_FAILURE;
    },
    expireResults: () => state.files.expireAll(),
    setBalance: (key, credits) => void state.balances.set(key, credits),
    balance: (key) => state.balances.get(key),
    setShape: (shape) => {
      state.shape = shape;
    },
    setDuration: (ms) => {
      state.duration = ms;
    },
    setMaxConcurrent: (max) => {
      if (max !== null && !isConcurrencyLimit(max))
        throw new Error(`setMaxConcurrent: the limit ${MAX_CONCURRENT_RULE}`);
      state.maxConcurrent = max ?? undefined;
    },
    log: () => state.log.list(),
    clearLog: () => state.log.clear(),
    tasks: () =>
      state.tasks.list().map(({ id, model, tool, prompt, size, key, createdAt, finishAt, fail }) => ({
        id,
        model,
        ...(tool === undefined ? {} : { tool }),
        prompt,
        size,
        key,
        createdAt,
        finishAt,
        ...(fail === undefined ? {} : { fail }),
      })),
    setRasterOverride: (image) => {
      const override = image && makeRasterOverride(image.bytes, image.mime);
      if (typeof override === 'string') throw new Error(`setRasterOverride: ${override}`);
      state.rasterOverride = override;
    },
    setSvgOverride: (svg) => {
      const override = svg === null ? null : makeSvgOverride(svg);
      if (typeof override === 'string') throw new Error(`setSvgOverride: ${override}`);
      state.svgOverride = override;
    },
    setRejectControls: (reject) => {
      state.rejectControls = reject;
    },
  };
}
