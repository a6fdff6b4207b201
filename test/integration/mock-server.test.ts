import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { startMockServer } from '../../dev/mock/server';
import { DEMO_KEY, type MockServer } from '../../dev/mock/types';
import { createAsync, generateAsync, jsonOf, pngSize, pollAsync, statusOf } from './mock-client';

const VECTOR = 'recraft-v4-text-to-vector';
const RASTER = 'recraft-v4-text-to-image';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ durationMs: 60 });
});
afterAll(() => mock.close());

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

describe('authentication', () => {
  it('answers 401 in the documented shape for a missing, unknown or non-Bearer key', async () => {
    for (const key of [undefined, 'aio_wrong', `Basic ${DEMO_KEY}`]) {
      const response = await fetch(`${mock.apiBase}/images/generations`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(key ? { Authorization: key.startsWith('Basic') ? key : `Bearer ${key}` } : {}),
        },
        body: JSON.stringify({ model: VECTOR, prompt: 'a fox' }),
      });
      expect(response.status).toBe(401);
      expect(await jsonOf(response)).toEqual({
        error: { code: 401, message: 'Invalid API key', type: 'authentication_error' },
      });
    }
    expect((await pollAsync(mock, 'anything', 'aio_wrong')).status).toBe(401);
  });
});

describe('credits', () => {
  it('charges each model its catalogue price and answers 402 once the balance is short', async () => {
    mock.setBalance('aio_credits', 45);
    const statuses: number[] = [];
    for (const model of [RASTER, VECTOR, VECTOR, RASTER, RASTER]) {
      const response = await createAsync(mock, { model, prompt: 'a small boat' }, 'aio_credits');
      statuses.push(response.status);
      if (response.status === 402) {
        const body = await jsonOf(response);
        expect(body.error.code).toBe(402);
        expect(body.error.message).toMatch(/^Insufficient credits/);
      }
    }
    expect(statuses).toEqual([200, 200, 402, 200, 402]);
    expect(mock.balance('aio_credits')).toBe(5);
  });
});

describe('validation', () => {
  const cases: [unknown, RegExp][] = [
    [{ prompt: 'a cat' }, /^model is required$/],
    [{ model: 'recraft-v9', prompt: 'a cat' }, /^Unknown model "recraft-v9"$/],
    [{ model: VECTOR }, /^prompt is required$/],
    [{ model: VECTOR, prompt: 'ab' }, /between 3 and 5000 characters \(got 2\)/],
    [{ model: VECTOR, prompt: 'x'.repeat(5001) }, /between 3 and 5000 characters \(got 5001\)/],
    [
      { model: VECTOR, prompt: 'a cat', image_size: '2048x2048' },
      /^Invalid image_size "2048x2048" for model recraft-v4-text-to-vector/,
    ],
    [
      { model: 'recraft-v4-pro-text-to-image', prompt: 'a cat', image_size: '1024x1024' },
      /Invalid image_size "1024x1024"/,
    ],
    [
      { model: 'imagen-4', prompt: 'a cat', aspect_ratio: '2:1' },
      /^Invalid aspect_ratio "2:1" for model imagen-4/,
    ],
    ['{not json', /^Request body is not valid JSON$/],
  ];
  it.each(cases)('answers 400 with a specific message for %j', async (body, message) => {
    const before = mock.balance(DEMO_KEY);
    const response = await createAsync(mock, body);
    expect(response.status).toBe(400);
    const json = await jsonOf(response);
    expect(json.error.code).toBe(400);
    expect(json.error.message).toMatch(message);
    expect(mock.balance(DEMO_KEY)).toBe(before);
  });
});

describe('task lifecycle', () => {
  it('envelope: IN_PROGRESS until SUCCESS, vector URL at data.output.svg_url, credits reported', async () => {
    mock.setShape('envelope');
    const { created, seen, body } = await generateAsync(mock, {
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
    mock.setShape('flat');
    try {
      const { created, seen, body } = await generateAsync(mock, {
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
      mock.setShape('envelope');
    }
  });

  it('makes PNGs of the exact size for pro sizes and aspect ratios (1024 on the long side)', async () => {
    const pro = await generateAsync(mock, {
      model: 'recraft-v4-pro-text-to-image',
      prompt: 'city skyline',
      image_size: '3072x1536',
    });
    expect(
      pngSize(new Uint8Array(await (await fetch(pro.body.data.output.image_url)).arrayBuffer())),
    ).toEqual({ width: 3072, height: 1536 });
    const wide = await generateAsync(mock, {
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
      const { body } = await generateAsync(mock, { model: VECTOR, prompt });
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
    mock.failNextTask('Content policy violation');
    const envelope = await generateAsync(mock, { model: VECTOR, prompt: 'a forbidden thing' });
    expect(envelope.body.data).toMatchObject({ status: 'FAILED', error: 'Content policy violation' });
    expect(envelope.body.data.output).toBeUndefined();
    mock.setShape('flat');
    mock.failNextTask('Upstream model crashed');
    const flat = await generateAsync(mock, { model: VECTOR, prompt: 'another thing' });
    mock.setShape('envelope');
    expect(flat.body).toMatchObject({ status: 'failed', error: { message: 'Upstream model crashed' } });
    const after = await generateAsync(mock, { model: VECTOR, prompt: 'a fine thing' });
    expect(statusOf(after.body)).toBe('SUCCESS');
  });

  it('shows a task only to the key that created it, and 404s unknown ids', async () => {
    const { taskId } = await generateAsync(mock, { model: VECTOR, prompt: 'private drawing' });
    mock.setBalance('aio_someone_else', 100);
    for (const [id, key] of [
      [taskId, 'aio_someone_else'],
      ['n0_unknown_recraft', DEMO_KEY],
    ] as const) {
      const response = await pollAsync(mock, id, key);
      expect(response.status).toBe(404);
      expect((await jsonOf(response)).error).toMatchObject({ code: 404, message: 'Task not found' });
    }
    expect((await pollAsync(mock, taskId)).status).toBe(200);
  });

  it('records each task with its request and key', async () => {
    const { taskId } = await generateAsync(mock, {
      model: 'imagen-4',
      prompt: 'a tiny robot',
      aspect_ratio: '3:4',
    });
    expect(mock.tasks().find((t) => t.id === taskId)).toMatchObject({
      model: 'imagen-4',
      prompt: 'a tiny robot',
      shape: '3:4',
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
