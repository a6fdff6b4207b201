/**
 * Some raster models deliver WebP, which Figma's createImage cannot read
 * (PNG, JPEG and GIF only) and Penpot uploads as it is. The mock serves a
 * real WebP made by Chromium; the generation must still end as an image fill
 * of the right size, with no failure anywhere.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { HOSTS, useE2e } from './e2e-suite';
import type { PlaygroundSession } from './playground-session';
import { topLevelNamed } from './scene';

const RASTER = 'recraft-v4-text-to-image';
const SIDE = 1024;
const e2e = useE2e();

afterEach(() => {
  e2e.world().mock.setRasterOverride(null);
});

/** A 1024×1024 picture encoded by Chromium's own WebP encoder (not a hand-made header). */
async function webpFromChromiumAsync(session: PlaygroundSession): Promise<Uint8Array> {
  const base64 = await session.page.evaluate((side) => {
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const context = canvas.getContext('2d')!;
    const gradient = context.createLinearGradient(0, 0, side, side);
    gradient.addColorStop(0, '#1d3557');
    gradient.addColorStop(1, '#e9c46a');
    context.fillStyle = gradient;
    context.fillRect(0, 0, side, side);
    context.fillStyle = '#e63946';
    context.beginPath();
    context.arc(side / 2, side / 2, side / 4, 0, 2 * Math.PI);
    context.fill();
    return canvas.toDataURL('image/webp').replace(/^data:[^,]*,/, '');
  }, SIDE);
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  // toDataURL falls back to PNG when it cannot encode the type asked for.
  const riff =
    new TextDecoder().decode(bytes.subarray(0, 4)) + new TextDecoder().decode(bytes.subarray(8, 12));
  expect(riff).toBe('RIFFWEBP');
  return bytes;
}

describe.each(HOSTS)('%s: WebP raster results', (host) => {
  it('end as a 1024×1024 image fill on a new rectangle named after the prompt', async () => {
    const session = await e2e.openAsync(host, { key: DEMO_KEY });
    const { mock } = e2e.world();
    mock.setRasterOverride({ bytes: await webpFromChromiumAsync(session), mime: 'image/webp' });
    const prompt = `a red sun over a webp sea (${host})`;
    await session.generateAsync({ prompt, model: RASTER, size: `${SIDE}x${SIDE}` });

    // Wait for the task to end either way, then say why it failed if it did.
    const row = session.task(prompt);
    await session.expectVisibleAsync(row.getByText('Done').or(row.getByRole('alert')).first());
    expect(await row.getByRole('alert').allInnerTexts()).toEqual([]);
    await session.expectVisibleAsync(row.getByText('Done'));
    expect(mock.log().some((e) => /^\/files\/[0-9a-f]+\.webp$/.test(e.path) && e.status === 200)).toBe(true);

    const [node, ...others] = topLevelNamed(await session.waitForTopLevelAsync(prompt), prompt);
    expect(others).toEqual([]);
    expect(node!.type).toBe(host === 'figma' ? 'RECTANGLE' : 'rectangle');
    expect([node!.width, node!.height]).toEqual([SIDE, SIDE]);
    expect(node!.fills).toHaveLength(1);
    expect(node!.fills[0]).toMatchObject({ type: 'IMAGE', imageWidth: SIDE, imageHeight: SIDE });
    expect(JSON.stringify(node!.pluginData)).toContain(prompt);
    expect(await session.errorsAsync()).toEqual([]);
  });
});
