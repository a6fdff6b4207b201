import { describe, it } from 'vitest';
import { brandControls } from '../../core/brand/controls';
import type { BrandKit } from '../../core/brand/types';
import type { GenerationRequest } from '../../core/tasks/types';
import { optionsFromEnv } from '../../dev/mock/env-options';
import { startMockServer } from '../../dev/mock/server';
import { DEMO_KEY } from '../../dev/mock/types';
import { requestFor, setupAsync } from './runner-harness';
import { errorOf } from './tools-harness';

// Brand colours to the model (Recraft's controls), over loopback: the exact body, the mock's checks, a refusal.
async function harness(onTestFinished: (fn: () => Promise<void>) => void) {
  const h = await setupAsync();
  onTestFinished(() => h.closeAsync());
  return h;
}

const KIT: Pick<BrandKit, 'palette'> = {
  palette: [
    { role: 'primary', hex: '#4f46e5' },
    { role: 'accent', hex: '#f59e0b' },
    { role: 'background', hex: '#fafafa' },
  ],
};

const withControls = (
  model: GenerationRequest['model'] = 'recraft-v4-text-to-vector',
): GenerationRequest => ({
  ...requestFor(model),
  controls: brandControls(KIT)!,
});

const charged = (h: { mock: { balance(key: string): number | undefined } }) =>
  1000 - h.mock.balance(DEMO_KEY)!;

/** A raw POST to the mock's generation route, answering [status, the error's message]. */
async function rawPost(apiBase: string, body: unknown): Promise<[number, string | undefined]> {
  const answer = await fetch(`${apiBase}/images/generations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DEMO_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await answer.json()) as { error?: { message: string } };
  return [answer.status, json.error?.message];
}

describe.concurrent('controls against the mock', () => {
  it('reach the gateway exactly as Recraft documents them, and the task is made and charged once', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const created = await h.createAsync(withControls());
    expect(h.posts().map((p) => p.body)).toEqual([
      {
        model: 'recraft-v4-text-to-vector',
        prompt: 'a fox head icon, flat',
        image_size: '1024x1024',
        controls: {
          colors: [{ rgb: [79, 70, 229] }, { rgb: [245, 158, 11] }],
          background_color: { rgb: [250, 250, 250] },
        },
      },
    ]);
    expect(h.mock.tasks().map((t) => t.id)).toEqual([created.taskId]);
    expect(charged(h)).toBe(20);
  });

  it('are never sent to a model that is not Recraft, nor when the designer did not opt in', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    await h.createAsync(withControls('imagen-4'));
    await h.createAsync(requestFor('recraft-v4-text-to-image'));
    expect(h.posts().map((p) => Object.keys(p.body as object))).toEqual([
      ['model', 'prompt', 'aspect_ratio'],
      ['model', 'prompt', 'image_size'],
    ]);
  });

  it('the mock checks their shape and names the field, charging nothing', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const base = { model: 'recraft-v4-text-to-image', prompt: 'a fox' };
    const cases: [unknown, string][] = [
      [[], 'controls must be an object'],
      [{ colors: 'indigo' }, 'controls.colors must be an array'],
      [
        { colors: Array.from({ length: 6 }, () => ({ rgb: [0, 0, 0] })) },
        'controls.colors takes at most 5 colours (got 6)',
      ],
      [
        { colors: [{ rgb: [0, 0, 0] }, { rgb: [0, 256, 0] }] },
        'controls.colors[1].rgb must be three integers from 0 to 255',
      ],
      [{ colors: [{ rgb: [0, 0] }] }, 'controls.colors[0].rgb must be three integers from 0 to 255'],
      [{ colors: [{ hex: '#000000' }] }, 'controls.colors[0] has an unknown field "hex"'],
      [
        { background_color: { rgb: [0.5, 0, 0] } },
        'controls.background_color.rgb must be three integers from 0 to 255',
      ],
      [{ background_color: '#fff' }, 'controls.background_color must be an object {"rgb": [r, g, b]}'],
      [{ style_id: 'x' }, 'controls has an unknown field "style_id"'],
    ];
    for (const [controls, message] of cases) {
      expect(await rawPost(h.mock.apiBase, { ...base, controls }), JSON.stringify(controls)).toEqual([
        400,
        message,
      ]);
    }
    expect(await rawPost(h.mock.apiBase, { model: 'imagen-4', prompt: 'a fox', controls: {} })).toEqual([
      400,
      'controls is not supported for model imagen-4',
    ]);
    expect(await rawPost(h.mock.apiBase, { ...base, controls: { colors: [] } })).toEqual([200, undefined]);
    expect(charged(h)).toBe(10);
  });

  it('refused by a gateway that does not take them: controls-refused, one POST, nothing charged; without them it works', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    h.mock.setRejectControls(true);
    const error = await errorOf(h.createAsync(withControls()));
    expect(error).toMatchObject({ code: 'controls-refused', action: 'retry', status: 400 });
    expect(error.message).toMatch(/refused the brand colours.*nothing was charged.*is now off/);
    expect(h.posts()).toHaveLength(1);
    expect(h.mock.tasks()).toHaveLength(0);
    expect(charged(h)).toBe(0);
    // The designer's retry, the option now off.
    const created = await h.createAsync(requestFor('recraft-v4-text-to-vector'));
    expect(h.mock.tasks().map((t) => t.id)).toEqual([created.taskId]);
    expect(h.posts().map((p) => p.status)).toEqual([400, 200]);
    expect(charged(h)).toBe(20);
  });

  it("reads the gateway's other wordings naming the field the same way (a fault standing in for them)", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    for (const body of [
      '{"error":{"code":400,"message":"Extra inputs are not permitted: controls.colors"}}',
      '{"message":"unsupported parameter background_color"}',
      'controls: unknown field',
    ]) {
      h.mock.addFault({ method: 'POST', kind: { type: 'status', status: 400, body } });
      expect(await errorOf(h.createAsync(withControls())), body).toMatchObject({ code: 'controls-refused' });
    }
    expect(h.posts()).toHaveLength(3);
    expect(charged(h)).toBe(0);
  });

  it('a 400 that names controls when none were sent, or one about something else, stays the plain refusal', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    h.mock.addFault({
      method: 'POST',
      kind: { type: 'status', status: 400, body: '{"message":"bad controls"}' },
    });
    expect(await errorOf(h.createAsync(requestFor('recraft-v4-text-to-vector')))).toMatchObject({
      code: 'bad-request',
      message: 'The gateway refused the request: bad controls',
    });
    h.mock.addFault({
      method: 'POST',
      kind: { type: 'status', status: 400, body: '{"message":"prompt too long"}' },
    });
    expect(await errorOf(h.createAsync(withControls()))).toMatchObject({ code: 'bad-request' });
  });

  it('the knob is steerable over the admin route too, and reset turns it off', async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harness(onTestFinished);
    const admin = async (name: string, body: unknown) => {
      const answer = await fetch(`${h.mock.origin}/__admin/${name}`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      return {
        status: answer.status,
        json: (await answer.json()) as { state?: { rejectControls: boolean } },
      };
    };
    expect((await admin('reject-controls', { reject: true })).json.state?.rejectControls).toBe(true);
    expect((await errorOf(h.createAsync(withControls()))).code).toBe('controls-refused');
    expect((await admin('reject-controls', { reject: 'yes' })).status).toBe(400);
    expect((await admin('reset', {})).json.state?.rejectControls).toBe(false);
    await h.createAsync(withControls());
    expect(h.mock.tasks()).toHaveLength(1);
  });

  it('the knob can start on (option or MOCK_REJECT_CONTROLS), and reset keeps what the server started with', async ({
    expect,
    onTestFinished,
  }) => {
    expect(optionsFromEnv({ MOCK_REJECT_CONTROLS: 'true' }).rejectControls).toBe(true);
    expect(optionsFromEnv({ MOCK_REJECT_CONTROLS: '0' }).rejectControls).toBe(false);
    expect(optionsFromEnv({})).not.toHaveProperty('rejectControls');
    expect(() => optionsFromEnv({ MOCK_REJECT_CONTROLS: 'maybe' })).toThrow(/MOCK_REJECT_CONTROLS/);
    const mock = await startMockServer({ port: 0, rejectControls: true });
    onTestFinished(() => mock.close());
    const post = () =>
      rawPost(mock.apiBase, { model: 'recraft-v4-text-to-image', prompt: 'a fox', controls: {} });
    expect(await post()).toEqual([400, 'Unknown parameter: controls']);
    mock.setRejectControls(false);
    expect((await post())[0]).toBe(200);
    await fetch(`${mock.origin}/__admin/reset`, { method: 'POST', body: '{}' });
    expect((await post())[0]).toBe(400);
  });
});
