/**
 * An icon set through the real SetQueue, client, TaskRunner and SVG pipeline
 * against the mock gateway over loopback HTTP, on a virtual clock the mock
 * shares: time moves only when no request is out, so task durations, polls
 * and Retry-After waits are exact and no assertion depends on the machine.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { driveSet, setSpec, type IconOutcome } from '../../bench/set-driver';
import type { FetchLike, FetchResponseLike } from '../../core/api/http';
import { iconPrompt } from '../../core/sets/prompt-template';
import { backoffMs } from '../../core/sets/queue';
import { seededRandom } from '../../dev/seeded-random';
import { startMockServer } from '../../dev/mock/server';
import { DEMO_KEY, type Fault, type MockOptions, type MockServer } from '../../dev/mock/types';
import { VirtualClock } from '../support/virtual-clock';
import { DEMO_SET_SUBJECTS } from '../../dev/demo-set';

const SUBJECTS = DEMO_SET_SUBJECTS;
const CONCURRENCY = 4;
/** The vector model's typical time: the runner's polling schedule meets it where it would in use. */
const GATEWAY_MS = 15_000;
const CREDITS = 20;
const BALANCE = 1000;

/** What the client saw of each POST, in the order things happened. */
interface PostEvent {
  readonly seq: number;
  readonly kind: 'sent' | 'answered';
  readonly at: number;
  readonly status?: number;
  readonly retryAfter?: string | null;
  /** A sent POST's prompt. */
  readonly prompt?: string;
}

/** Node's fetch, counted while a request or its body is out, and every POST noted. */
function trackedFetch(clock: VirtualClock) {
  let inFlight = 0;
  let seq = 0;
  const posts: PostEvent[] = [];
  const tracked = async <T>(work: Promise<T>): Promise<T> => {
    inFlight++;
    try {
      return await work;
    } finally {
      inFlight--;
    }
  };
  const fetchLike: FetchLike = async (url, init) => {
    const post = init?.method === 'POST';
    if (post) {
      const { prompt } = JSON.parse(init.body ?? '{}') as { prompt?: string };
      posts.push({ seq: seq++, kind: 'sent', at: clock.now(), ...(prompt === undefined ? {} : { prompt }) });
    }
    const response = await tracked(fetch(url, init));
    if (post) {
      const retryAfter = response.headers.get('retry-after');
      posts.push({ seq: seq++, kind: 'answered', at: clock.now(), status: response.status, retryAfter });
    }
    const like: FetchResponseLike = {
      ok: response.ok,
      status: response.status,
      type: response.type,
      redirected: response.redirected,
      url: response.url,
      headers: response.headers,
      text: () => tracked(response.text()),
      arrayBuffer: () => tracked(response.arrayBuffer()),
    };
    return like;
  };
  return { fetch: fetchLike, posts, quiet: () => inFlight === 0 };
}

let mock: MockServer | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

/** Runs a whole set: virtual time moves to the next timer only while no request is out. */
async function runSetAsync(
  mockOptions: Partial<MockOptions>,
  { faults = [], concurrency = CONCURRENCY }: { faults?: readonly Fault[]; concurrency?: number } = {},
) {
  const clock = new VirtualClock(1_000_000);
  mock = await startMockServer({
    durationMs: GATEWAY_MS,
    keys: { [DEMO_KEY]: BALANCE },
    now: () => clock.now(),
    ...mockOptions,
  });
  for (const fault of faults) mock.addFault(fault);
  const net = trackedFetch(clock);
  const start = clock.now();
  const drive = driveSet({
    fetch: net.fetch,
    clock,
    apiBase: mock.apiBase,
    apiKey: DEMO_KEY,
    subjects: SUBJECTS,
    concurrency,
    random: seededRandom(11),
  });
  let outcomes: readonly IconOutcome[] | undefined;
  void drive.doneAsync.then((done) => (outcomes = done));
  for (let step = 0; !outcomes; step++) {
    if (step > 5_000) throw new Error('the set never finished');
    await clock.runAsync(() => outcomes !== undefined || !net.quiet());
    while (!net.quiet()) await new Promise((resolve) => setTimeout(resolve, 1));
    if (outcomes === undefined && net.quiet() && clock.pending === 0) await clock.runAsync();
  }
  drive.dispose();
  const log = mock.log();
  return {
    mock,
    outcomes,
    elapsed: Math.max(...outcomes.map((o) => o.at)) - start,
    posts: net.posts,
    creations: log.filter((e) => e.method === 'POST'),
    tasks: mock.tasks(),
    peakInFlight: drive.peakInFlight(),
  };
}

const promptOf = (subject: string) => {
  const spec = setSpec(SUBJECTS);
  return iconPrompt(spec.template, subject, spec.style);
};

/** Most tasks unfinished at the gateway at any one time, from their [created, finished) spans. */
function peakUnfinished(tasks: readonly { createdAt: number; finishAt: number }[]): number {
  const edges = tasks.flatMap((t) => [
    { at: t.createdAt, delta: 1 },
    { at: t.finishAt, delta: -1 },
  ]);
  // An end and a start at the same instant: the end first (the slot was free).
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let now = 0;
  let peak = 0;
  for (const edge of edges) peak = Math.max(peak, (now += edge.delta));
  return peak;
}

/** Every icon landed, first sent in list order, accepted and charged exactly once. */
function expectEachOnce(run: Awaited<ReturnType<typeof runSetAsync>>): void {
  expect(run.outcomes.map((o) => o.state)).toEqual(SUBJECTS.map(() => 'landed'));
  // Sent in list order (a resend after a 429 comes later); the gateway may take concurrent ones in any order.
  const firstSends = [...new Set(run.posts.flatMap((p) => (p.kind === 'sent' ? [p.prompt] : [])))];
  expect(firstSends).toEqual(SUBJECTS.map(promptOf));
  expect(run.tasks.map((t) => t.prompt).sort()).toEqual(SUBJECTS.map(promptOf).sort());
  expect(new Set(run.outcomes.map((o) => o.taskId)).size).toBe(SUBJECTS.length);
  expect(run.mock.balance(DEMO_KEY)).toBe(BALANCE - SUBJECTS.length * CREDITS);
  for (const outcome of run.outcomes) {
    // The pipeline's work is done: background gone, fitted in the 24 px icon frame.
    expect(outcome.svg).toMatch(/^<svg[^>]* width="24" height="24"/);
  }
}

/** After each 429 the client received, nothing was sent before its Retry-After (or the back-off) ran out. */
function expectWaitsHonoured(posts: readonly PostEvent[], fallbackMs: number): number {
  const refusals = posts.filter((p) => p.kind === 'answered' && p.status === 429);
  for (const refusal of refusals) {
    const waitMs = refusal.retryAfter ? Number(refusal.retryAfter) * 1000 : fallbackMs;
    const later = posts.filter((p) => p.kind === 'sent' && p.seq > refusal.seq);
    for (const sent of later) expect(sent.at).toBeGreaterThanOrEqual(refusal.at + waitMs);
  }
  return refusals.length;
}

describe('an icon set through the queue, the runner and the mock gateway', () => {
  it('sends 4 at once, never more, each icon once, and finishes close to ceil(12 / 4) task times', async () => {
    // A limit of 4 at the gateway: one unfinished task too many would be answered 429.
    const run = await runSetAsync({ maxConcurrent: CONCURRENCY });
    expect(run.creations.map((e) => e.status)).toEqual(SUBJECTS.map(() => 200));
    expect(peakUnfinished(run.tasks)).toBe(CONCURRENCY);
    expect(run.peakInFlight).toBe(CONCURRENCY);
    expectEachOnce(run);
    expect(run.outcomes.every((o) => o.sends === 1)).toBe(true);
    const ideal = Math.ceil(SUBJECTS.length / CONCURRENCY) * GATEWAY_MS;
    expect(run.elapsed).toBeGreaterThanOrEqual(ideal);
    expect(run.elapsed).toBeLessThanOrEqual(ideal * 1.1);
  });

  it('meets the gateway limit of 2 with 429s: backs off as Retry-After says, each icon still accepted once', async () => {
    const run = await runSetAsync({ maxConcurrent: 2 });
    const refused = run.creations.filter((e) => e.status === 429).length;
    expect(refused).toBeGreaterThan(0);
    expect(run.creations.length).toBe(SUBJECTS.length + refused);
    expect(expectWaitsHonoured(run.posts, Infinity)).toBe(refused);
    // Only accepted creations count: a 429 is not a charge.
    expectEachOnce(run);
    expect(peakUnfinished(run.tasks)).toBe(2);
    expect(run.outcomes.some((o) => o.sends > 1)).toBe(true);
  });

  it('waits out a Retry-After of 7 s before sending anything again', async () => {
    // The first four POSTs all meet it: nothing is in flight, so only the wait holds the queue back.
    const run = await runSetAsync(
      {},
      {
        faults: [
          { method: 'POST', times: CONCURRENCY, kind: { type: 'status', status: 429, retryAfter: 7 } },
        ],
      },
    );
    const answers = run.posts.filter((p) => p.kind === 'answered');
    expect(answers.slice(0, CONCURRENCY).map((p) => [p.status, p.retryAfter])).toEqual(
      Array.from({ length: CONCURRENCY }, () => [429, '7']),
    );
    const lastRefusal = answers[CONCURRENCY - 1]!;
    const next = run.posts.find((p) => p.kind === 'sent' && p.seq > lastRefusal.seq)!;
    expect(next.at - lastRefusal.at).toBe(7_000);
    expectWaitsHonoured(run.posts, Infinity);
    expectEachOnce(run);
  });

  it('backs off 2 s after a 429 that names no wait', async () => {
    const run = await runSetAsync(
      {},
      { concurrency: 1, faults: [{ method: 'POST', times: 1, kind: { type: 'status', status: 429 } }] },
    );
    const [, refusal, next] = run.posts;
    expect(refusal).toMatchObject({ kind: 'answered', status: 429, retryAfter: null });
    expect(next).toMatchObject({ kind: 'sent' });
    expect(next!.at - refusal!.at).toBe(backoffMs(0));
    expect(backoffMs(0)).toBe(2_000);
    expectEachOnce(run);
  });
});
