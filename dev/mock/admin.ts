/**
 * /__admin/* endpoints: the same steering MockServer offers in-process, over
 * HTTP for the playground page and tests in another process. JSON in, JSON
 * out; every POST answers {"ok":true,"state":{...}}. Admin requests are
 * neither logged nor subject to faults.
 */
import { isModelId, type ModelId } from '../../core/models/catalogue';
import { isConcurrencyLimit, MAX_CONCURRENT_RULE } from './concurrency';
import { parseFault } from './faults';
import { errorAnswer, isRecord, jsonAnswer, parseJson, type Answer } from './http-util';
import { parseRasterOverride } from './raster-override';
import { parseSvgOverride } from './svg-override';
import { DEFAULT_FAILURE, type MockState } from './state';
import type { DurationSetting } from './tasks';
import { DEMO_KEY, type Fault } from './types';

export const ADMIN_PREFIX = '/__admin/';
/** Admin bodies may carry an image (raster-override), so they get more room than API bodies. */
export const ADMIN_BODY_LIMIT = 16_000_000;

type Action = (state: MockState, body: Record<string, unknown>) => string | void;

function addFaults(state: MockState, body: Record<string, unknown>): string | void {
  const list: unknown[] = Array.isArray(body.faults) ? body.faults : [body];
  const parsed = list.map(parseFault);
  const problem = parsed.find((f): f is string => typeof f === 'string');
  if (problem) return problem;
  for (const fault of parsed as Fault[]) state.faults.add(fault);
}

function parseDuration(value: unknown): DurationSetting | string {
  if (typeof value === 'number' && value >= 0) return value;
  if (!isRecord(value)) return 'ms must be a number or an object of model id to number';
  const result: Partial<Record<ModelId, number>> = {};
  for (const [model, ms] of Object.entries(value)) {
    if (!isModelId(model) || typeof ms !== 'number' || ms < 0) return `Invalid duration for ${model}`;
    result[model] = ms;
  }
  return result;
}

const ACTIONS: Readonly<Record<string, Action>> = {
  faults: addFaults,
  'clear-faults': (state) => state.faults.clear(),
  'fail-next-task': (state, body) => {
    state.failNext = typeof body.message === 'string' ? body.message : DEFAULT_FAILURE;
  },
  'expire-results': (state) => state.files.expireAll(),
  balance: (state, body) => {
    const key = typeof body.key === 'string' ? body.key : DEMO_KEY;
    if (typeof body.credits !== 'number' || body.credits < 0) return 'credits must be a number >= 0';
    state.balances.set(key, body.credits);
  },
  shape: (state, body) => {
    if (body.shape !== 'envelope' && body.shape !== 'flat') return 'shape must be "envelope" or "flat"';
    state.shape = body.shape;
  },
  duration: (state, body) => {
    const duration = parseDuration(body.ms);
    if (typeof duration === 'string') return duration;
    state.duration = duration;
  },
  'max-concurrent': (state, body) => {
    const { max } = body;
    if (max === null) state.maxConcurrent = undefined;
    else if (isConcurrencyLimit(max)) state.maxConcurrent = max;
    else return `max ${MAX_CONCURRENT_RULE}`;
  },
  'raster-override': (state, body) => {
    const override = parseRasterOverride(body);
    if (typeof override === 'string') return override;
    state.rasterOverride = override;
  },
  'svg-override': (state, body) => {
    const override = parseSvgOverride(body);
    if (typeof override === 'string') return override;
    state.svgOverride = override;
  },
  'reject-controls': (state, body) => {
    if (typeof body.reject !== 'boolean') return 'reject must be true or false';
    state.rejectControls = body.reject;
  },
  'clear-log': (state) => state.log.clear(),
  reset: (state) => state.reset(),
};

export function handleAdmin(state: MockState, method: string, path: string, text: string): Answer {
  const name = path.slice(ADMIN_PREFIX.length);
  if (method === 'GET' && name === 'state') return jsonAnswer(200, state.summary());
  if (method === 'GET' && name === 'log') return jsonAnswer(200, { entries: state.log.list() });
  const action = ACTIONS[name];
  if (!action) return errorAnswer(404, `Unknown admin endpoint ${path}`);
  if (method !== 'POST') return errorAnswer(405, `Use POST for ${path}`, { Allow: 'POST, OPTIONS' });
  const body = parseJson(text);
  if (!isRecord(body)) return errorAnswer(400, 'Admin bodies are JSON objects');
  const problem = action(state, body);
  return problem ? errorAnswer(400, problem) : jsonAnswer(200, { ok: true, state: state.summary() });
}
