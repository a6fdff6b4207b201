/**
 * The mock's options from the environment, shared by the CLI and `npm start`:
 * MOCK_PORT (8787), MOCK_HOST (127.0.0.1), MOCK_SHAPE (envelope|flat),
 * MOCK_DURATION_MS (every model; default standard 10 s, pro 25 s),
 * MOCK_RESULT_TTL_MS (one hour), MOCK_BALANCE (1000 credits for the demo key),
 * MOCK_MAX_CONCURRENT (unfinished tasks a key may have at once, 429 beyond; default no limit),
 * MOCK_REJECT_CONTROLS (true|false: refuse generations carrying Recraft's `controls`; default false).
 * A malformed value throws with the variable's name rather than being ignored.
 */
import { isConcurrencyLimit, MAX_CONCURRENT_RULE } from './concurrency';
import { DEMO_KEY, type MockOptions, type ResponseShape } from './types';

type Env = Readonly<Record<string, string | undefined>>;

function numberFromEnv(env: Env, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number >= 0, got "${raw}"`);
  return value;
}

function shapeFromEnv(env: Env): ResponseShape | undefined {
  const raw = env.MOCK_SHAPE;
  if (raw === undefined || raw === '') return undefined;
  if (raw !== 'envelope' && raw !== 'flat')
    throw new Error(`MOCK_SHAPE must be envelope or flat, got "${raw}"`);
  return raw;
}

function maxConcurrentFromEnv(env: Env): number | undefined {
  const raw = env.MOCK_MAX_CONCURRENT;
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!isConcurrencyLimit(value)) throw new Error(`MOCK_MAX_CONCURRENT ${MAX_CONCURRENT_RULE}, got "${raw}"`);
  return value;
}

function rejectControlsFromEnv(env: Env): boolean | undefined {
  const raw = env.MOCK_REJECT_CONTROLS;
  if (raw === undefined || raw.trim() === '') return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`MOCK_REJECT_CONTROLS must be true or false, got "${raw}"`);
}

export function optionsFromEnv(env: Env = process.env): MockOptions {
  const durationMs = numberFromEnv(env, 'MOCK_DURATION_MS');
  const resultTtlMs = numberFromEnv(env, 'MOCK_RESULT_TTL_MS');
  const shape = shapeFromEnv(env);
  const maxConcurrent = maxConcurrentFromEnv(env);
  const rejectControls = rejectControlsFromEnv(env);
  return {
    port: numberFromEnv(env, 'MOCK_PORT') ?? 8787,
    host: env.MOCK_HOST || '127.0.0.1',
    keys: { [DEMO_KEY]: numberFromEnv(env, 'MOCK_BALANCE') ?? 1000 },
    ...(shape === undefined ? {} : { shape }),
    ...(durationMs === undefined ? {} : { durationMs }),
    ...(resultTtlMs === undefined ? {} : { resultTtlMs }),
    ...(maxConcurrent === undefined ? {} : { maxConcurrent }),
    ...(rejectControls === undefined ? {} : { rejectControls }),
  };
}
