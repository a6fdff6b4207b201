/**
 * How quickly each polling policy notices a finished task, and at what cost
 * in requests, on a simulated workload (virtual time, no network): tasks of
 * every model, durations lognormal around the model's typical time with a
 * slow tail, the same seeded workload for every policy.
 *
 * `node --import tsx bench/polling.ts` prints the table on its own.
 */
import { seededRandom } from '../dev/seeded-random';
import { pathToFileURL } from 'node:url';
import { MODELS } from '../core/models/catalogue';
import { firstPollDelayMs, nextPollDelayMs } from '../core/tasks/schedule';

const TASKS = 500;
const SEED = 20_240_601;

interface SimTask {
  readonly typicalMs: number;
  readonly durationMs: number;
}

/** When a policy polls next, given the time since creation (ms) and whether it has polled yet. */
type Policy = (typicalMs: number, elapsedMs: number, random: () => number, first: boolean) => number;

const adaptive: Policy = (typicalMs, elapsedMs, random, first) => {
  const ctx = { createdAt: 0, now: elapsedMs, typicalMs, faults: 0 };
  return first ? firstPollDelayMs(ctx) : nextPollDelayMs(ctx, random);
};
const fixed =
  (intervalMs: number): Policy =>
  () =>
    intervalMs;

/** Durations around each model's typical time: lognormal (σ 0.35), and one task in twenty 1.5–3× slower. */
function workload(count = TASKS, seed = SEED): SimTask[] {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: count }, () => {
    const typicalMs = MODELS[Math.floor(random() * MODELS.length)]!.typicalSeconds * 1000;
    const slow = random() < 0.05 ? 1.5 + 1.5 * random() : 1;
    return { typicalMs, durationMs: typicalMs * Math.exp(0.35 * normal()) * slow };
  });
}

/** Runs one task on the virtual clock: poll times until one falls at or after its finish. */
function simulate(task: SimTask, policy: Policy, random: () => number): { delayMs: number; polls: number } {
  let now = policy(task.typicalMs, 0, random, true);
  let polls = 1;
  while (now < task.durationMs) {
    now += policy(task.typicalMs, now, random, false);
    polls += 1;
  }
  return { delayMs: now - task.durationMs, polls };
}

interface PolicyFigures {
  readonly meanDelayMs: number;
  readonly p95DelayMs: number;
  readonly pollsPerTask: number;
}

function measure(tasks: readonly SimTask[], policy: Policy): PolicyFigures {
  const random = seededRandom(SEED + 1);
  const runs = tasks.map((task) => simulate(task, policy, random));
  const delays = runs.map((r) => r.delayMs).sort((a, b) => a - b);
  return {
    meanDelayMs: delays.reduce((s, d) => s + d, 0) / delays.length,
    p95DelayMs: delays[Math.min(delays.length - 1, Math.ceil(0.95 * delays.length) - 1)]!,
    pollsPerTask: runs.reduce((s, r) => s + r.polls, 0) / runs.length,
  };
}

export async function benchPolling(): Promise<{ label: string; value: string }[]> {
  const tasks = workload();
  const policies: [string, Policy][] = [
    ['adaptive schedule (ours)', adaptive],
    ['fixed 1 s', fixed(1000)],
    ['fixed 6 s', fixed(6000)],
  ];
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows = policies.map(([label, policy]) => {
    const f = measure(tasks, policy);
    const value = `notice delay mean ${seconds(f.meanDelayMs)}, p95 ${seconds(f.p95DelayMs)}; ${f.pollsPerTask.toFixed(1)} polls/task`;
    return { label, value };
  });
  const meanTask = tasks.reduce((s, t) => s + t.durationMs, 0) / tasks.length;
  return [{ label: 'workload', value: `${tasks.length} tasks, mean duration ${seconds(meanTask)}` }, ...rows];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchPolling();
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const row of rows) console.log(`${row.label.padEnd(width)}  ${row.value}`);
}
