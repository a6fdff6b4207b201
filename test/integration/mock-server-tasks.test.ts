import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { taskBody } from '../../dev/mock/answers';
import { startMockServer } from '../../dev/mock/server';
import { phaseOf, type MockTask } from '../../dev/mock/tasks';
import { DEMO_KEY } from '../../dev/mock/types';
import { createAsync, generateAsync, jsonOf, pngSize, pollAsync, statusOf, useMock } from './mock-client';

const VECTOR = 'recraft-v4-text-to-vector';
const RASTER = 'recraft-v4-text-to-image';

const mock = useMock({ durationMs: 60 });

/** Checks an SVG as a client would see it and returns its element names in order. */
function svgElements(svg: string, width: number, height: number): string[] {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
  expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  const first = /^<svg[^>]*>\s*<(\w+)([^>]*)>/.exec(svg);
  expect(first?.[1]).toBe('rect');
  expect(first?.[2]).toMatch(new RegExp(`x="0" y="0" width="${width}" height="${height}"`));
  return [...svg.matchAll(/<(\w+)[\s/>]/g)].map((m) => m[1]!).slice(1);
}

describe('task lifecycle', () => {
  it('envelope: IN_PROGRESS until SUCCESS, vector URL at data.output.svg_url, credits reported', async () => {
    mock().setShape('envelope');
    const { created, seen, body } = await generateAsync(mock(), {
      model: VECTOR,
      prompt: 'a mountain at dawn',
      image_size: '1280x832',
    });
    expect(created).toEqual({
      code: 200,
      message: 'success',
      data: { task_id: expect.stringMatching(/_recraft$/), status: 'IN_PROGRESS' },
    });
    expect(new Set(seen.slice(0, -1))).toEqual(new Set(['IN_PROGRESS']));
    expect(body.data.status).toBe('SUCCESS');
    expect(body.data.credits_consumed).toBe(20);
    const file = await fetch(body.data.output.svg_url);
    expect(file.headers.get('content-type')).toBe('image/svg+xml');
    const elements = svgElements(await file.text(), 1280, 832);
    expect(elements).toEqual(expect.arrayContaining(['path', 'circle', 'polygon']));
  });

  it('flat: pending, processing, completed in order, URL at result.urls[0]', async () => {
    mock().setShape('flat');
    try {
      const { created, seen, body } = await generateAsync(mock(), {
        model: RASTER,
        prompt: 'lighthouse by the sea',
        image_size: '1536x768',
      });
      expect(created).toMatchObject({
        id: expect.stringMatching(/^task_/),
        status: 'pending',
        model: RASTER,
      });
      expect(new Date(created.created_at).toISOString()).toBe(created.created_at);
      const order = ['pending', 'processing', 'completed'];
      const ranks = seen.map((status) => order.indexOf(status));
      expect(ranks.every((rank, i) => rank >= 0 && (i === 0 || rank >= ranks[i - 1]!))).toBe(true);
      expect(body).toMatchObject({
        status: 'completed',
        credits: 10,
        result: { urls: [expect.stringMatching(/\/files\/\w+\.png$/)] },
      });
      const bytes = new Uint8Array(await (await fetch(body.result.urls[0])).arrayBuffer());
      expect(pngSize(bytes)).toEqual({ width: 1536, height: 768 });
      expect(PNG.sync.read(Buffer.from(bytes)).width).toBe(1536);
    } finally {
      mock().setShape('envelope');
    }
  });

  it('makes PNGs of the exact size for pro sizes and aspect ratios (1024 on the long side)', async () => {
    const pro = await generateAsync(mock(), {
      model: 'recraft-v4-pro-text-to-image',
      prompt: 'city skyline',
      image_size: '3072x1536',
    });
    expect(
      pngSize(new Uint8Array(await (await fetch(pro.body.data.output.image_url)).arrayBuffer())),
    ).toEqual({ width: 3072, height: 1536 });
    const wide = await generateAsync(mock(), {
      model: 'imagen-4',
      prompt: 'city skyline',
      aspect_ratio: '16:9',
    });
    expect(
      pngSize(new Uint8Array(await (await fetch(wide.body.data.output.image_url)).arrayBuffer())),
    ).toEqual({ width: 1024, height: 576 });
  });

  it('draws the same SVG for the same prompt and a different one for another prompt', async () => {
    const svgFor = async (prompt: string) => {
      const { body } = await generateAsync(mock(), { model: VECTOR, prompt });
      return (await fetch(body.data.output.svg_url)).text();
    };
    const [a1, a2, b] = [
      await svgFor('a red fox icon'),
      await svgFor('a red fox icon'),
      await svgFor('a blue whale icon'),
    ];
    expect(a1).toBe(a2);
    expect(b).not.toBe(a1);
    for (const svg of [a1, b]) expect(svgElements(svg, 1024, 1024).length).toBeGreaterThanOrEqual(5);
  });

  it('fails the next task with the given message in both shapes', async () => {
    mock().failNextTask('Content policy violation');
    const envelope = await generateAsync(mock(), { model: VECTOR, prompt: 'a forbidden thing' });
    expect(envelope.body.data).toMatchObject({ status: 'FAILED', error: 'Content policy violation' });
    expect(envelope.body.data.output).toBeUndefined();
    mock().setShape('flat');
    mock().failNextTask('Upstream model crashed');
    const flat = await generateAsync(mock(), { model: VECTOR, prompt: 'another thing' });
    mock().setShape('envelope');
    expect(flat.body).toMatchObject({ status: 'failed', error: { message: 'Upstream model crashed' } });
    const after = await generateAsync(mock(), { model: VECTOR, prompt: 'a fine thing' });
    expect(statusOf(after.body)).toBe('SUCCESS');
  });

  it('shows a task only to the key that created it, and 404s unknown ids', async () => {
    const { taskId } = await generateAsync(mock(), { model: VECTOR, prompt: 'private drawing' });
    mock().setBalance('aio_someone_else', 100);
    for (const [id, key] of [
      [taskId, 'aio_someone_else'],
      ['n0_unknown_recraft', DEMO_KEY],
    ] as const) {
      const response = await pollAsync(mock(), id, key);
      expect(response.status).toBe(404);
      expect((await jsonOf(response)).error).toMatchObject({ code: 404, message: 'Task not found' });
    }
    expect((await pollAsync(mock(), taskId)).status).toBe(200);
  });

  it('records each task with its request and key', async () => {
    const { taskId } = await generateAsync(mock(), {
      model: 'imagen-4',
      prompt: 'a tiny robot',
      aspect_ratio: '3:4',
    });
    expect(
      mock()
        .tasks()
        .find((t) => t.id === taskId),
    ).toMatchObject({
      model: 'imagen-4',
      prompt: 'a tiny robot',
      size: '3:4',
      key: DEMO_KEY,
    });
  });
});

describe('delivery options', () => {
  it('answers the POST itself with the finished result for synchronous models', async () => {
    const sync = await startMockServer({ synchronousModels: [VECTOR] });
    try {
      const body = await jsonOf(await createAsync(sync, { model: VECTOR, prompt: 'instant icon' }));
      expect(body.data.status).toBe('SUCCESS');
      svgElements(await (await fetch(body.data.output.svg_url)).text(), 1024, 1024);
      const later = await jsonOf(await pollAsync(sync, body.data.task_id));
      expect(later.data.output.svg_url).toBe(body.data.output.svg_url);
    } finally {
      await sync.close();
    }
  });

  it('puts the SVG text in the task answer when vectorDelivery is inline', async () => {
    const inline = await startMockServer({ vectorDelivery: 'inline', durationMs: 10, shape: 'flat' });
    try {
      const { body } = await generateAsync(inline, {
        model: VECTOR,
        prompt: 'inline icon',
        image_size: '896x1152',
      });
      svgElements(body.result.svg, 896, 1152);
      expect(body.result.urls).toBeUndefined();
      inline.setShape('envelope');
      const again = await generateAsync(inline, {
        model: VECTOR,
        prompt: 'inline icon',
        image_size: '896x1152',
      });
      expect(again.body.data.output.svg).toBe(body.result.svg);
    } finally {
      await inline.close();
    }
  });
});

describe('task phases', () => {
  it('is queued for the first half of its duration, running for the second, then finished', async () => {
    mock().setDuration({ [VECTOR]: 60_000 });
    try {
      const created = await jsonOf(await createAsync(mock(), { model: VECTOR, prompt: 'phase check' }));
      const task = mock()
        .tasks()
        .find((t) => t.id === created.data.task_id)! as MockTask;
      expect(task.finishAt - task.createdAt).toBe(60_000);
      const at = (ms: number) => phaseOf(task, task.createdAt + ms);
      expect([at(0), at(29_999), at(30_000), at(59_999), at(60_000)]).toEqual([
        'queued',
        'queued',
        'running',
        'running',
        'succeeded',
      ]);
      expect(statusOf(taskBody('flat', task, 'queued'))).toBe('pending');
      expect(statusOf(taskBody('flat', task, 'running'))).toBe('processing');
      expect(statusOf(taskBody('envelope', task, 'running'))).toBe('IN_PROGRESS');
    } finally {
      mock().setDuration(60);
    }
  });
});
