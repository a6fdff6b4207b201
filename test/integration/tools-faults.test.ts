import { describe, it } from 'vitest';
import { TOOL_IDS } from '../../core/models/tools';
import { DEMO_KEY, type Fault } from '../../dev/mock/types';
import { errorOf, SOURCE, sleep, toolHarnessAsync } from './tools-harness';

// Remove background and Upscale through the fault matrix used for generations (runner-post-faults,
// runner-faults): a tool POST costs a credit, so each case checks how often the gateway charged.
async function harness(onTestFinished: (fn: () => Promise<void>) => void) {
  const h = await toolHarnessAsync();
  onTestFinished(() => h.closeAsync());
  const source = await h.sourceUrlAsync();
  // What the source generation cost is not the tool's.
  const before = h.mock.balance(DEMO_KEY)!;
  return { ...h, source, charged: () => before - h.mock.balance(DEMO_KEY)! };
}

const TOOL = '/images/tools/';
const toolTasks = (h: Awaited<ReturnType<typeof harness>>) => h.mock.tasks().filter((t) => t.tool);

const sizeOf = (tool: string) =>
  tool === 'upscale'
    ? { width: SOURCE.width * 2, height: SOURCE.height * 2 }
    : { width: SOURCE.width, height: SOURCE.height };

/** Faults on the POST the client rides out: resent only when the gateway certainly did not take it. */
const resent: [string, Fault[], number[]][] = [
  [
    '429 with Retry-After',
    [{ method: 'POST', path: TOOL, kind: { type: 'status', status: 429, retryAfter: 1 } }],
    [429, 200],
  ],
  [
    '429 without Retry-After',
    [{ method: 'POST', path: TOOL, kind: { type: 'status', status: 429 } }],
    [429, 200],
  ],
  [
    'two 503s',
    [{ method: 'POST', path: TOOL, times: 2, kind: { type: 'status', status: 503, retryAfter: 1 } }],
    [503, 503, 200],
  ],
  ['a slow answer', [{ method: 'POST', path: TOOL, kind: { type: 'delay', ms: 120 } }], [200]],
];

/** Faults after the body was sent: the outcome is unknown, so never resent. */
const ambiguous: [string, Fault, number][] = [
  [
    'a dropped connection after the body was read (charged)',
    { method: 'POST', path: TOOL, kind: { type: 'drop' } },
    1,
  ],
  ['a 502 from a proxy', { method: 'POST', path: TOOL, kind: { type: 'status', status: 502 } }, 0],
  ['a malformed 200 (charged)', { method: 'POST', path: TOOL, kind: { type: 'malformed' } }, 1],
  ['an answer cut short (charged)', { method: 'POST', path: TOOL, kind: { type: 'truncate' } }, 1],
  ['a reset before the body was read', { method: 'POST', path: TOOL, kind: { type: 'reset' } }, 0],
];

/** Poll and download faults the follow loop rides out. */
const recoverable: [string, Fault[]][] = [
  [
    'a 500/502/503 burst',
    [500, 502, 503].map((status) => ({ method: 'GET', path: '/tasks/', kind: { type: 'status', status } })),
  ],
  [
    '429 with Retry-After',
    [{ method: 'GET', path: '/tasks/', kind: { type: 'status', status: 429, retryAfter: 1 } }],
  ],
  ['dropped connections', [{ method: 'GET', path: '/tasks/', times: 2, kind: { type: 'drop' } }]],
  ['resets', [{ method: 'GET', path: '/tasks/', times: 2, kind: { type: 'reset' } }]],
  ['malformed JSON', [{ method: 'GET', path: '/tasks/', times: 2, kind: { type: 'malformed' } }]],
  ['slow answers', [{ method: 'GET', path: '/tasks/', times: 3, kind: { type: 'delay', ms: 60 } }]],
  ['a 500 on the result file', [{ method: 'GET', path: '/files/', kind: { type: 'status', status: 500 } }]],
  ['a dropped result download', [{ method: 'GET', path: '/files/', kind: { type: 'drop' } }]],
  ['a result download cut short', [{ method: 'GET', path: '/files/', kind: { type: 'truncate' } }]],
];

describe.concurrent.each(TOOL_IDS)('%s through the fault matrix', (tool) => {
  it.for(resent)(
    '%s: resent, charged once, lands',
    async ([, faults, statuses], { expect, onTestFinished }) => {
      const h = await harness(onTestFinished);
      for (const fault of faults) h.mock.addFault(fault);
      const created = await h.toolAsync(tool, h.source);
      expect(h.toolPosts().map((p) => p.status)).toEqual(statuses);
      expect(toolTasks(h).map((t) => t.id)).toEqual([created.taskId]);
      expect((await h.followAsync(created.taskId)).payload).toMatchObject(sizeOf(tool));
      expect(h.charged()).toBe(1);
    },
  );

  it.for(ambiguous)(
    '%s: ambiguous, one POST, never resent',
    async ([, fault, charge], { expect, onTestFinished }) => {
      const h = await harness(onTestFinished);
      h.mock.addFault(fault);
      const error = await errorOf(h.toolAsync(tool, h.source));
      expect(error.code).toBe('ambiguous');
      expect(error.message).toMatch(/may have been charged/);
      // Let anything late arrive before counting.
      await sleep(50);
      expect(h.toolPosts()).toHaveLength(1);
      expect(toolTasks(h)).toHaveLength(charge);
      expect(h.charged()).toBe(charge);
    },
  );

  it('no answer within the timeout: ambiguous, never resent, charged at most once', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', path: TOOL, kind: { type: 'delay', ms: 400 } });
    // 5 s of virtual time is 100 real ms at this scale: well before the mock answers.
    expect((await errorOf(h.toolAsync(tool, h.source, { timeoutMs: 5000 }))).code).toBe('ambiguous');
    await sleep(450);
    expect(h.toolPosts()).toHaveLength(1);
    expect(h.charged()).toBe(1);
  });

  it('refusals: nothing created, nothing charged, each with its own error', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const cases: [Fault['kind'], object][] = [
      [
        { type: 'status', status: 400, body: '{"error":{"message":"image is too small"}}' },
        { code: 'bad-request' },
      ],
      [
        { type: 'status', status: 400, body: '{"error":{"message":"image URL has expired"}}' },
        { code: 'result-expired' },
      ],
      [{ type: 'status', status: 401 }, { code: 'invalid-key' }],
      [{ type: 'status', status: 402 }, { code: 'no-credits' }],
      [
        { type: 'redirect', location: 'http://elsewhere.test/api/v1/images/tools/x' },
        { code: 'bad-request' },
      ],
    ];
    for (const [kind, expected] of cases) {
      h.mock.addFault({ method: 'POST', path: TOOL, kind });
      expect(await errorOf(h.toolAsync(tool, h.source)), JSON.stringify(kind)).toMatchObject(expected);
    }
    expect(h.toolPosts()).toHaveLength(cases.length);
    expect(toolTasks(h)).toHaveLength(0);
    expect(h.charged()).toBe(0);
  });

  it.for(recoverable)(
    '%s while following: recovers, one result, charged once',
    async ([, faults], { expect, onTestFinished }) => {
      const h = await harness(onTestFinished);
      for (const fault of faults) h.mock.addFault(fault);
      const created = await h.toolAsync(tool, h.source);
      const { payload, error } = await h.followAsync(created.taskId);
      expect(error).toBeUndefined();
      expect(payload).toMatchObject({ kind: 'image', mime: 'image/png', ...sizeOf(tool) });
      expect(h.toolPosts()).toHaveLength(1);
      expect(h.charged()).toBe(1);
    },
  );
});
