import { describe, expect, it } from 'vitest';
import { CDN, PNG_BYTES, SVG_TEXT } from './fake-gateway';
import { harness, KEY } from './runner-harness';

describe('TaskRunner: the happy path', () => {
  it('saves before the first poll, polls, fetches, delivers, ends done', async () => {
    const h = harness();
    const task = h.task('t1');
    h.gateway.addTask('t1', task.createdAt + 14_000, 'svg');
    const order: string[] = [];
    const save = h.store.saveAsync;
    h.store.saveAsync = async (t) => {
      order.push(`save:${h.gateway.calls.length}`);
      return save(t);
    };
    await h.runner.trackAsync(task);
    expect(order).toEqual(['save:0']);
    expect(await h.store.listAsync()).toEqual([task]);
    await h.untilAsync('t1', 'done', 'failed');
    expect(h.view('t1')).toMatchObject({ phase: 'done', nodeId: 'node-t1', credits: 20 });
    expect(h.phases('t1')).toEqual(['queued', 'running', 'fetching', 'inserting', 'done']);
    expect(h.delivered).toEqual([{ task, result: { kind: 'svg', svg: SVG_TEXT } }]);
    expect(await h.store.listAsync()).toEqual([]);
    // First poll at half the model's 15 s; the finish noticed within the dense window's interval.
    const polls = h.gateway.polls('t1');
    expect(polls[0]!.at - task.createdAt).toBe(7500);
    expect(polls.at(-1)!.at - (task.createdAt + 14_000)).toBeLessThanOrEqual(1500 * 1.15);
    expect(h.view('t1')!.polls).toBe(polls.length);
  });

  it('sends the key to the API only, never to the file host', async () => {
    const h = harness();
    h.gateway.addTask('t2', h.clock.now() + 9000, 'png');
    await h.runner.trackAsync(h.task('t2', 'recraft-v4-text-to-image'));
    await h.untilAsync('t2', 'done', 'failed');
    const files = h.gateway.calls.filter((c) => c.url.startsWith(CDN));
    expect(files).toHaveLength(1);
    expect(files[0]!.authorization).toBeUndefined();
    expect(h.gateway.polls().every((c) => c.authorization === `Bearer ${KEY}`)).toBe(true);
    const result = h.delivered[0]!.result;
    expect(result).toMatchObject({ kind: 'image', mime: 'image/png', width: 64, height: 32 });
    expect(result.kind === 'image' && Buffer.from(result.bytes).equals(Buffer.from(PNG_BYTES))).toBe(true);
  });

  it('inserts inline SVG without any file download', async () => {
    const h = harness();
    h.gateway.addTask('t3', h.clock.now() + 5000, 'inline');
    await h.runner.trackAsync(h.task('t3'));
    await h.untilAsync('t3', 'done', 'failed');
    expect(h.delivered[0]!.result).toEqual({ kind: 'svg', svg: SVG_TEXT });
    expect(h.gateway.calls.some((c) => c.url.startsWith(CDN))).toBe(false);
  });

  it('skips polling when the creation answer carried the result', async () => {
    const h = harness();
    const task = {
      ...h.task('sync-1'),
      immediate: { status: 'succeeded' as const, urls: [`${CDN}/files/s.svg`] },
    };
    await h.runner.trackAsync(task);
    await h.untilAsync('sync-1', 'done', 'failed');
    expect(h.view('sync-1')!.phase).toBe('done');
    expect(h.gateway.polls()).toHaveLength(0);
  });

  it('follows several tasks at once, each delivered once', async () => {
    const h = harness();
    for (let i = 0; i < 5; i++) {
      h.gateway.addTask(`m${i}`, h.clock.now() + 8000 + i * 3000, i % 2 ? 'png' : 'svg');
      await h.runner.trackAsync(
        h.task(`m${i}`, i % 2 ? 'recraft-v4-text-to-image' : 'recraft-v4-text-to-vector'),
      );
    }
    await h.clock.runAsync(() => h.runner.views().every((v) => v.phase === 'done'));
    expect(h.delivered.map((d) => d.task.taskId).sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(await h.store.listAsync()).toEqual([]);
  });
});
