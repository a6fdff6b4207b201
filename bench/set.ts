/**
 * Icon set time: 48 icons through the real queue (4 at once), client, task
 * runner and SVG pipeline against the mock gateway over loopback
 * (bench/set-driver.ts), every task taking the vector model's typical time
 * at the gateway. Time runs SCALE times faster for the client and the mock
 * alike (one clock), so the polling schedule meets each task where it would
 * in use while a 15 s task takes 2 s of real time. The ideal is
 * ceil(48 / 4) task times: what exceeds it is our overhead (POSTs, polling
 * lag, downloads, cleaning, the queue's hand-offs). A second run puts a
 * limit of 3 at once at the gateway, so the queue meets 429s and backs off.
 *
 * `node --import tsx bench/set.ts` prints the figures on its own.
 */
import { pathToFileURL } from 'node:url';
import type { Clock, FetchLike } from '../core/api/http';
import { modelById } from '../core/models/catalogue';
import { SET_CONCURRENCY } from '../core/sets/types';
import { startMockServer } from '../dev/mock/server';
import { DEMO_KEY } from '../dev/mock/types';
import { seededRandom } from '../dev/seeded-random';
import { driveSet, setSpec } from './set-driver';
import { DEMO_SET_SUBJECTS } from '../dev/demo-set';

const SUBJECTS = [
  ...DEMO_SET_SUBJECTS,
  ...[
    'star',
    'plus',
    'check',
    'close',
    'arrow',
    'download',
    'upload',
    'cloud',
    'sun',
    'moon',
    'folder',
    'file',
  ],
  ...[
    'image',
    'phone',
    'chat',
    'clock',
    'play',
    'pin',
    'link',
    'share',
    'battery',
    'card',
    'bookmark',
    'rocket',
  ],
  ...[
    'anchor',
    'puzzle',
    'leaf',
    'compass',
    'trophy',
    'umbrella',
    'key',
    'gift',
    'flag',
    'globe',
    'tag',
    'crown',
  ],
];
/** The vector model's typical seconds: where its polling schedule expects a task to finish. */
const GATEWAY_MS = modelById(setSpec(SUBJECTS).model).typicalSeconds * 1000;
/** 15 s tasks in 2 s of real time. */
const SCALE = 7.5;
const GATEWAY_LIMIT = 3;

/** Real timers, time running `scale` times faster: the client's and the mock's one clock. */
function scaledClock(scale: number): Clock {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * scale,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / scale)),
  };
}

interface SetRun {
  readonly elapsedMs: number;
  readonly landed: number;
  readonly polls: number;
  readonly refused: number;
  readonly charged: number;
}

async function runSetAsync(maxConcurrent?: number): Promise<SetRun> {
  const clock = scaledClock(SCALE);
  const balance = 100_000;
  const mock = await startMockServer({
    durationMs: GATEWAY_MS,
    keys: { [DEMO_KEY]: balance },
    now: () => clock.now(),
    ...(maxConcurrent === undefined ? {} : { maxConcurrent }),
  });
  const start = clock.now();
  const drive = driveSet({
    fetch: globalThis.fetch as unknown as FetchLike,
    clock,
    apiBase: mock.apiBase,
    apiKey: DEMO_KEY,
    subjects: SUBJECTS,
    concurrency: SET_CONCURRENCY,
    random: seededRandom(48),
  });
  const outcomes = await drive.doneAsync;
  drive.dispose();
  const log = mock.log();
  const charged = balance - (mock.balance(DEMO_KEY) ?? 0);
  await mock.close();
  return {
    elapsedMs: Math.max(...outcomes.map((o) => o.at)) - start,
    landed: outcomes.filter((o) => o.state === 'landed').length,
    polls: log.filter((e) => e.path.includes('/tasks/')).length,
    refused: log.filter((e) => e.method === 'POST' && e.status === 429).length,
    charged,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const idealMs = (concurrency: number) => Math.ceil(SUBJECTS.length / concurrency) * GATEWAY_MS;

export async function benchSet(): Promise<{ label: string; value: string }[]> {
  const n = SUBJECTS.length;
  const credits = modelById(setSpec(SUBJECTS).model).credits;
  const free = await runSetAsync();
  const limited = await runSetAsync(GATEWAY_LIMIT);
  const ideal = idealMs(SET_CONCURRENCY);
  const landed = (run: SetRun) =>
    `${seconds(run.elapsedMs)} (${seconds(run.elapsedMs / SCALE)} real), ${run.landed} of ${n} landed`;
  return [
    {
      label: `${n} icons, ${SET_CONCURRENCY} at once, gateway time per task`,
      value: `${seconds(GATEWAY_MS)} (run ${SCALE}× faster: ${seconds(GATEWAY_MS / SCALE)} real)`,
    },
    { label: `ideal ceil(${n} / ${SET_CONCURRENCY}) × task time`, value: seconds(ideal) },
    { label: 'all on the canvas after', value: landed(free) },
    { label: 'ratio to the ideal (goal ≤ 1.1)', value: (free.elapsedMs / ideal).toFixed(3) },
    { label: 'polls per icon', value: (free.polls / n).toFixed(1) },
    { label: `gateway limit ${GATEWAY_LIMIT} at once: 429s`, value: String(limited.refused) },
    { label: `gateway limit ${GATEWAY_LIMIT} at once: all on the canvas after`, value: landed(limited) },
    {
      label: `  ratio to ceil(${n} / ${GATEWAY_LIMIT}) × task time`,
      value: (limited.elapsedMs / idealMs(GATEWAY_LIMIT)).toFixed(3),
    },
    {
      label: `  credits charged (${n} × ${credits} expected)`,
      value: `${limited.charged}; polls per icon ${(limited.polls / n).toFixed(1)}`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchSet();
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const row of rows) console.log(`${row.label.padEnd(width)}  ${row.value}`);
  // Sleeps left by the client's request time limits (plain timers) would hold the process open a while.
  process.exit(0);
}
