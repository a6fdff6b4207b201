/** Tasks and results for the controller tests. */
import { PNG } from 'pngjs';
import { STORE_KEYS } from '../../../core/storage/store';
import type { ModelId } from '../../../core/models/catalogue';
import {
  DEFAULT_VECTOR_OPTIONS,
  type BatchSlot,
  type InsertTarget,
  type PendingTask,
  type ResultPayload,
  type VectorOptions,
} from '../../../core/tasks/types';

export const API_BASE = 'https://api.test/api/v1';
/** Storage holding settings saved with API_BASE: where the sandbox's runner polls. */
export const SAVED_API = { [STORE_KEYS.settings]: { apiBase: API_BASE } };
export const KEY = 'aio_test_key_0123456789';
/** The in-memory gateway as the sandbox's runner meets it: at API_BASE, accepting KEY only. */
export const SANDBOX_GATEWAY = { apiBase: API_BASE, key: KEY };

export function makeTask(
  taskId: string,
  init: {
    prompt?: string;
    model?: ModelId;
    size?: string;
    target?: InsertTarget;
    vector?: VectorOptions;
    createdAt?: number;
    batch?: BatchSlot;
  } = {},
): PendingTask {
  const createdAt = init.createdAt ?? 1_700_000_000_000;
  return {
    taskId,
    createdAt,
    deadlineAt: createdAt + 60 * 60_000,
    request: {
      model: init.model ?? 'recraft-v4-text-to-vector',
      prompt: init.prompt ?? 'a friendly robot icon',
      size: init.size ?? '1024x1024',
      vector: init.vector ?? DEFAULT_VECTOR_OPTIONS,
      target: init.target ?? { kind: 'viewport' },
      ...(init.batch ? { batch: init.batch } : {}),
    },
  };
}

export const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">' +
  '<circle cx="512" cy="512" r="300" fill="#ff0000"/></svg>';

/** The same drawing carrying things the sanitiser must strip. */
export const DIRTY_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">' +
  '<script>alert(1)</script><circle cx="512" cy="512" r="300" fill="#ff0000" onclick="alert(2)"/></svg>';

export function svgResult(svg = SVG): ResultPayload {
  return { kind: 'svg', svg };
}

/** A real PNG of the given size. */
export function pngBytes(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

export function imageResult(width = 48, height = 32): ResultPayload {
  return { kind: 'image', bytes: pngBytes(width, height), mime: 'image/png', width, height };
}
