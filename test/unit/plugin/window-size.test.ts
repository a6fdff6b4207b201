/** The plugin window's size: clamped in one place, applied, remembered per user, and opened at. */
import { describe, expect, it } from 'vitest';
import { STORE_KEYS } from '../../../core/storage/store';
import { clampUiSize, DEFAULT_UI_SIZE, readUiSize, UI_SIZE_LIMITS } from '../../../core/ui-size';
import { uiResizer } from '../../../plugin/ui-size-store';
import { FakeHost } from './fake-host';
import { startOn } from './harness';

describe('the window size rule', () => {
  it('keeps whole pixels within the limits', () => {
    const l = UI_SIZE_LIMITS;
    expect(clampUiSize(480.6, 700.2)).toEqual({ width: 481, height: 700 });
    expect(clampUiSize(1, 1)).toEqual({ width: l.minWidth, height: l.minHeight });
    expect(clampUiSize(1e9, 1e9)).toEqual({ width: l.maxWidth, height: l.maxHeight });
  });

  it('reads a stored size, clamped, and the default for anything else', () => {
    expect(readUiSize({ width: 500, height: 800 })).toEqual({ width: 500, height: 800 });
    expect(readUiSize({ width: 50_000, height: 800 })).toEqual({
      width: UI_SIZE_LIMITS.maxWidth,
      height: 800,
    });
    for (const damaged of [undefined, null, 'big', { width: 500 }, { width: NaN, height: 600 }, [500, 600]])
      expect(readUiSize(damaged)).toEqual(DEFAULT_UI_SIZE);
  });
});

describe('resizing the window', () => {
  it('applies a resize within the limits and remembers it for the next open', async () => {
    const first = await startOn();
    expect(first.host.ui).toEqual(DEFAULT_UI_SIZE);
    first.host.send({ type: 'resize', width: 520, height: 5000 });
    const expected = { width: 520, height: UI_SIZE_LIMITS.maxHeight };
    await expect.poll(() => first.host.uiSize).toEqual(expected);
    await expect.poll(() => first.host.stored.get(STORE_KEYS.uiSize)).toBe(JSON.stringify(expected));

    const { host } = await startOn({ storage: { [STORE_KEYS.uiSize]: expected } });
    expect(host.ui).toEqual(expected);
  });

  it('opens at the default when the stored size is damaged, and clamps one stored out of bounds', async () => {
    expect((await startOn({ storage: { [STORE_KEYS.uiSize]: 'wide' } })).host.ui).toEqual(DEFAULT_UI_SIZE);
    const { host } = await startOn({ storage: { [STORE_KEYS.uiSize]: { width: 10, height: 10 } } });
    expect(host.ui).toEqual({ width: UI_SIZE_LIMITS.minWidth, height: UI_SIZE_LIMITS.minHeight });
  });
});

describe('a drag of the grip', () => {
  it('resizes the window at every step and stores only the size it settles at', async () => {
    const host = new FakeHost();
    const timers: (() => void)[] = [];
    host.setTimer = (fn: () => void) => timers.push(fn);
    const writes: unknown[] = [];
    const setAsync = host.storage.setAsync.bind(host.storage);
    host.storage.setAsync = async (key, value) => {
      if (key === STORE_KEYS.uiSize) writes.push(value);
      return setAsync(key, value);
    };
    const resize = uiResizer(host);
    for (const width of [400, 410, 420, 430]) resize(width, 700);
    expect(host.uiSize).toEqual({ width: 430, height: 700 });
    for (const fire of timers) fire();
    await Promise.resolve();
    expect(writes).toEqual([{ width: 430, height: 700 }]);
  });
});
