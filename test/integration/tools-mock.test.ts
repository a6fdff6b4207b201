import { describe, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { errorOf, pixelOf, SOURCE, toolHarnessAsync } from './tools-harness';

// The raster tools, end to end over loopback: the client's POST, the mock's routes and results, the follow loop.
async function harness(onTestFinished: (fn: () => Promise<void>) => void) {
  const h = await toolHarnessAsync();
  onTestFinished(() => h.closeAsync());
  return h;
}

const RASTER_COST = 10;

describe.concurrent('Remove background and Upscale against the mock', () => {
  it('remove-bg: the documented body, 1 credit, a transparent PNG of the same size', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const url = await h.sourceUrlAsync();
    const created = await h.toolAsync('remove-bg', url);
    expect(h.toolPosts().map((p) => [p.path, p.body])).toEqual([
      ['/api/v1/images/tools/remove-bg', { model: 'bg-remover', image: url }],
    ]);
    const { payload, error } = await h.followAsync(created.taskId);
    expect(error).toBeUndefined();
    expect(payload).toMatchObject({
      kind: 'image',
      mime: 'image/png',
      width: SOURCE.width,
      height: SOURCE.height,
    });
    expect(pixelOf(payload!, 0, 0)[3]).toBe(0);
    expect(pixelOf(payload!, SOURCE.width - 1, SOURCE.height - 1)[3]).toBe(0);
    expect(pixelOf(payload!, 20, 15)).toEqual([...SOURCE.block, 255]);
    expect(1000 - h.mock.balance(DEMO_KEY)!).toBe(RASTER_COST + 1);
    expect(h.mock.tasks().find((t) => t.id === created.taskId)).toMatchObject({
      model: 'bg-remover',
      tool: 'remove-bg',
    });
  });

  it('upscale: the documented body, 1 credit, a PNG twice the size, the same picture', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const url = await h.sourceUrlAsync();
    const created = await h.toolAsync('upscale', url);
    expect(h.toolPosts().map((p) => p.body)).toEqual([{ model: 'image-upscale', image: url }]);
    const { payload } = await h.followAsync(created.taskId);
    expect(payload).toMatchObject({ kind: 'image', width: SOURCE.width * 2, height: SOURCE.height * 2 });
    expect(pixelOf(payload!, 0, 0)).toEqual([...SOURCE.ground, 255]);
    expect(pixelOf(payload!, 40, 30)).toEqual([...SOURCE.block, 255]);
    expect(1000 - h.mock.balance(DEMO_KEY)!).toBe(RASTER_COST + 1);
  });

  it('upscale with scale 4 (the mock takes it; the gateway documents "up to 4×")', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const url = await h.sourceUrlAsync();
    const answer = await fetch(`${h.mock.apiBase}/images/tools/upscale`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'image-upscale', image: url, scale: 4 }),
    });
    const created = (await answer.json()) as { data: { task_id: string } };
    const { payload } = await h.followAsync(created.data.task_id);
    expect(payload).toMatchObject({ width: SOURCE.width * 4, height: SOURCE.height * 4 });
  });

  it('an expired source URL: the task fails and reads plainly (the gateway no longer has the file)', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const url = await h.sourceUrlAsync();
    h.mock.expireResults();
    for (const tool of ['remove-bg', 'upscale'] as const) {
      const created = await h.toolAsync(tool, url);
      const { payload, error } = await h.followAsync(created.taskId);
      expect(payload).toBeUndefined();
      expect(error).toMatchObject({ code: 'result-expired', action: 'none' });
      expect(error!.message).toMatch(/^The gateway no longer has this image's file/);
    }
    expect(h.toolPosts()).toHaveLength(2);
  });

  it('an URL the gateway never issued reads the same way', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    const created = await h.toolAsync('upscale', 'https://elsewhere.test/picture.png');
    expect((await h.followAsync(created.taskId)).error?.message).toMatch(/no longer has this image's file/);
  });

  it("a vector result is not a raster tool's input: the task fails with the gateway's reason", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const svgUrl = await h.sourceUrlAsync('recraft-v4-text-to-vector');
    const created = await h.toolAsync('remove-bg', svgUrl);
    const { error } = await h.followAsync(created.taskId);
    expect(error).toMatchObject({ code: 'task-failed' });
    expect(error!.message).toMatch(/not a PNG image/);
  });

  it('the next task failing (failNextTask) applies to a tool as to a generation', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const url = await h.sourceUrlAsync();
    h.mock.failNextTask('Upscaler crashed');
    const created = await h.toolAsync('upscale', url);
    expect((await h.followAsync(created.taskId)).error).toMatchObject({
      code: 'task-failed',
      message: 'The generation failed: Upscaler crashed',
    });
  });

  it('out of credits: 402, nothing created', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    const url = await h.sourceUrlAsync();
    h.mock.setBalance(DEMO_KEY, 0);
    expect(await errorOf(h.toolAsync('remove-bg', url))).toMatchObject({ code: 'no-credits', status: 402 });
    expect(h.mock.tasks().filter((t) => t.tool)).toHaveLength(0);
  });

  it('an URL that is not one is never sent', async ({ expect, onTestFinished }) => {
    const h = await harness(onTestFinished);
    expect(await errorOf(h.toolAsync('upscale', 'data:image/png;base64,AAAA'))).toMatchObject({
      code: 'bad-request',
    });
    expect(h.posts()).toHaveLength(0);
  });

  it('the mock refuses a body the route does not take, naming the field, charging nothing', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const post = async (path: string, body: unknown) => {
      const answer = await fetch(`${h.mock.apiBase}/images/tools/${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${DEMO_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return [answer.status, ((await answer.json()) as { error: { message: string } }).error.message];
    };
    expect(await post('remove-bg', { model: 'image-upscale', image: 'https://a.test/x.png' })).toEqual([
      400,
      'model must be "bg-remover" for /images/tools/remove-bg',
    ]);
    expect(await post('remove-bg', { model: 'bg-remover' })).toEqual([400, 'image is required']);
    expect(await post('upscale', { model: 'image-upscale', image: 'ftp://a.test/x.png' })).toEqual([
      400,
      'image must be an http(s) URL',
    ]);
    expect(
      await post('upscale', { model: 'image-upscale', image: 'https://a.test/x.png', scale: 3 }),
    ).toEqual([400, 'scale must be 2 or 4']);
    expect(await post('vectorize', { model: 'x' })).toEqual([404, 'Not found']);
    expect(h.mock.balance(DEMO_KEY)).toBe(1000);
    expect(h.mock.tasks()).toHaveLength(0);
  });
});
