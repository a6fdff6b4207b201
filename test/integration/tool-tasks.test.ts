/**
 * Remove background and Upscale as paid tasks of the runner's (issue 13), against the mock over loopback:
 * a raster result keeps its file's URL when it lands; a tool task is checked for freshness before its POST,
 * persisted before its first poll (with its tool job), resumed by a new runner after a simulated reopen,
 * delivered once and charged once; an ambiguous POST is never resent and leaves a charge notice.
 */
import { PNG } from 'pngjs';
import { describe, it } from 'vitest';
import { RESULT_FILE_LIFETIME_MS } from '../../core/api/tool-source';
import type { ChargeNotice } from '../../core/tasks/charge-notices';
import { startToolTaskAsync, type ToolStart } from '../../core/tasks/start-tool';
import { toolSourceOfEntry, type ToolSource } from '../../core/tasks/tool-task';
import type { PendingTask } from '../../core/tasks/types';
import { DEMO_KEY } from '../../dev/mock/types';
import { nodeFetch, setupAsync, withRunner } from './runner-harness';

/** A small known PNG for the mock's raster results, so tool results are quick and easy to check. */
function smallPng(): Buffer {
  const png = new PNG({ width: 40, height: 30 });
  for (let i = 0; i < 40 * 30; i++)
    png.data.set(i % 40 < 20 ? [200, 220, 240, 255] : [220, 30, 30, 255], i * 4);
  return PNG.sync.write(png);
}

async function harness(onTestFinished: (fn: () => Promise<void>) => void) {
  const h = await setupAsync();
  onTestFinished(() => h.closeAsync());
  h.mock.setRasterOverride({ bytes: smallPng(), mime: 'image/png' });
  const made = await h.generateAsync('recraft-v4-text-to-image', 'a red kite');
  await h.untilAsync(made.taskId, ['done', 'failed']);
  const landed = h.delivered.find((d) => d.task.taskId === made.taskId)!.task;
  const notices: ChargeNotice[] = [];
  const before = h.mock.balance(DEMO_KEY)!;
  let ids = 0;
  const startAsync = (runner: typeof h, tool: 'remove-bg' | 'upscale', source: ToolSource) =>
    startToolTaskAsync(
      {
        fetch: nodeFetch,
        apiBase: h.mock.apiBase,
        apiKey: DEMO_KEY,
        clock: h.clock,
        now: () => h.clock.now(),
        track: (task) => runner.runner.trackAsync(task),
        remember: (notice) => notices.push(notice),
        newId: () => `local-${++ids}`,
      },
      tool,
      source,
    );
  return {
    ...h,
    landed,
    notices,
    startAsync,
    charged: () => before - h.mock.balance(DEMO_KEY)!,
    toolPosts: () => h.mock.log().filter((e) => e.method === 'POST' && e.path.includes('/images/tools/')),
  };
}

/** The source as a selected layer gives it. */
function layerSource(task: PendingTask, nodeId = 'layer-1'): ToolSource {
  const { prompt, model, size } = task.request;
  return { prompt, model, size, resultUrl: task.resultUrl!, madeAt: task.madeAt!, nodeId };
}

const taskOf = (start: ToolStart): PendingTask => {
  if (!('task' in start)) throw new Error(`no task: ${start.error.message}`);
  return start.task;
};

describe.concurrent('raster tools as paid tasks', () => {
  it('a landed raster result carries its file URL and when it was made, never the key', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    expect(h.landed.resultUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(h.landed.madeAt).toBe(h.landed.createdAt);
    expect(JSON.stringify(h.landed)).not.toContain(DEMO_KEY);
  });

  it('persisted with its tool job before the first poll, resumed after a reopen, delivered and charged once', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const pollsOf = (taskId: string) =>
      h.mock.log().filter((e) => e.method === 'GET' && e.path.endsWith(`/tasks/${taskId}`)).length;
    const pollsAtSave: number[] = [];
    // The store's write is where persisting happens: no poll of the tool task may come before it.
    const saveAsync = h.store.saveAsync.bind(h.store);
    h.store.saveAsync = async (task) => {
      if (task.tool) pollsAtSave.push(pollsOf(task.taskId));
      return saveAsync(task);
    };
    const task = taskOf(await h.startAsync(h, 'upscale', layerSource(h.landed)));
    expect(task.tool).toEqual({ tool: 'upscale', imageUrl: h.landed.resultUrl, sourceNodeId: 'layer-1' });
    expect(task.request.target).toEqual({ kind: 'fill', nodeId: 'layer-1' });
    expect(pollsAtSave[0]).toBe(0);
    expect((await h.store.getAsync(task.taskId))?.tool).toEqual(task.tool);

    // The plugin closes before the task is done; the next open resumes it from the store.
    h.runner.dispose();
    await h.runner.idleAsync();
    const again = withRunner(h.mock, h.clock, h.kv);
    await again.runner.resumeAsync();
    const done = await again.untilAsync(task.taskId, ['done', 'failed']);
    expect(done).toMatchObject({ phase: 'done', toolId: 'upscale' });
    const delivered = again.delivered.filter((d) => d.task.taskId === task.taskId);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.task.tool).toEqual(task.tool);
    // The upscaled file is the tool's own result (2× by default), and its URL kept for the next tool.
    const result = delivered[0]!.result;
    expect(result.kind === 'image' && [result.width, result.height]).toEqual([80, 60]);
    expect(delivered[0]!.task.resultUrl).toMatch(/^http/);
    expect(delivered[0]!.task.resultUrl).not.toBe(h.landed.resultUrl);
    expect(h.toolPosts()).toHaveLength(1);
    expect(h.charged()).toBe(1);
    expect(await again.store.listAsync()).toEqual([]);
    again.runner.dispose();
  });

  it('from a History entry with no layer: lands as a new image (target: the view)', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const { prompt, model, size } = h.landed.request;
    const entry = {
      id: 'e1',
      taskId: h.landed.taskId,
      prompt,
      model,
      size,
      kind: 'image' as const,
      createdAt: h.clock.now(),
      cached: true,
      bytes: 10,
      resultUrl: h.landed.resultUrl!,
      madeAt: h.landed.madeAt!,
    };
    const task = taskOf(await h.startAsync(h, 'remove-bg', toolSourceOfEntry(entry)!));
    expect(task.request.target).toEqual({ kind: 'viewport' });
    expect(task.tool).toEqual({ tool: 'remove-bg', imageUrl: entry.resultUrl, sourceEntryId: 'e1' });
    expect((await h.untilAsync(task.taskId, ['done', 'failed'])).phase).toBe('done');
    const result = h.delivered.find((d) => d.task.taskId === task.taskId)!.result;
    expect(result.kind === 'image' && result.mime).toBe('image/png');
    expect(h.charged()).toBe(1);
  });

  it('an expired source gives the plain message and sends nothing', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    const stale = { ...layerSource(h.landed), madeAt: h.clock.now() - RESULT_FILE_LIFETIME_MS - 1 };
    const start = await h.startAsync(h, 'upscale', stale);
    expect('error' in start && start.error.code).toBe('result-expired');
    expect('error' in start && start.error.message).toMatch(/no longer has/i);
    expect(h.toolPosts()).toHaveLength(0);
    expect(h.charged()).toBe(0);
    expect(await h.store.listAsync()).toEqual([]);
  });

  it('a tool task the gateway fails for a gone source ends with the plain message, its record gone', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    // Fresh by its time, gone at the gateway all the same: only the task's failure can say so.
    h.mock.expireResults();
    const task = taskOf(await h.startAsync(h, 'remove-bg', layerSource(h.landed)));
    const view = await h.untilAsync(task.taskId, ['done', 'failed']);
    expect(view.error).toMatchObject({ code: 'result-expired' });
    expect(view.error?.message).toMatch(/no longer has/i);
    expect(await h.store.listAsync()).toEqual([]);
  });

  it('a POST whose answer was lost is never resent: one POST, a charge notice, no task', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({ method: 'POST', path: '/images/tools/', kind: { type: 'drop' } });
    const start = await h.startAsync(h, 'remove-bg', layerSource(h.landed));
    expect('error' in start && start.error.code).toBe('ambiguous');
    expect(h.toolPosts()).toHaveLength(1);
    expect(h.notices).toEqual([
      expect.objectContaining({ prompt: 'a red kite', model: h.landed.request.model }),
    ]);
    expect(await h.store.listAsync()).toEqual([]);
  });
});
