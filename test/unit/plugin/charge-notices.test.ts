/**
 * "May have been charged" notices outlive the plugin: the UI sends one, the
 * guard checks its shape, the sandbox keeps exactly its fields (prompt,
 * model, time, reason: never the key) until the designer dismisses it.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION } from '../../../core/protocol/messages';
import { asPluginMessage, asUiMessage } from '../../../core/protocol/guard';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { STORE_KEYS } from '../../../core/storage/store';
import { MAX_CHARGE_NOTICES, type ChargeNotice } from '../../../core/tasks/charge-notices';
import type { FakeHost } from './fake-host';
import { KEY } from './fixtures';
import { initOf, startOn, until } from './harness';

const notice = (id: string, createdAt = 1_700_000_000_000): ChargeNotice => ({
  id,
  prompt: 'a lighthouse at dusk',
  model: 'recraft-v4-text-to-vector',
  createdAt,
  reason: 'The request was sent but no answer came back. It may have been charged.',
});

const noticeKeys = (host: FakeHost) =>
  [...host.stored.keys()].filter((k) => k.startsWith(STORE_KEYS.chargeNoticePrefix));

const keyOf = (id: string) => STORE_KEYS.chargeNoticePrefix + id;

describe('charge notices: UI → guard → sandbox storage → next open → dismissed', () => {
  it('keeps exactly the notice’s fields, lists it on the next open, and forgets it on Dismiss', async () => {
    const { host } = await startOn({ name: 'penpot', storage: { [STORE_KEYS.apiKey]: KEY } });
    const sent = {
      type: 'save-notice',
      notice: { ...notice('local-1'), apiKey: KEY, extra: { deep: true } },
    };
    expect(asUiMessage(sent)).toBeDefined();
    host.send(sent);
    await until(() => host.stored.has(keyOf('local-1')));
    expect(noticeKeys(host)).toEqual([keyOf('local-1')]);
    const stored = host.stored.get(noticeKeys(host)[0]!)!;
    expect(JSON.parse(stored)).toEqual(notice('local-1'));
    expect(stored).not.toContain(KEY);

    // Closing and reopening: the next 'init' carries it.
    const reopened = (
      await startOn({
        name: 'figma',
        storage: Object.fromEntries([...host.stored].map(([k, v]) => [k, JSON.parse(v) as unknown])),
      })
    ).host;
    const init = await initOf(reopened);
    expect(init.notices).toEqual([notice('local-1')]);
    expect(asPluginMessage(init)).toBeDefined();

    reopened.send({ type: 'dismiss-notice', id: 'local-1' });
    await until(() => noticeKeys(reopened).length === 0);
    expect((await initOf(reopened)).notices).toEqual([]);
  });

  it.each([
    ['no reason', { ...notice('n'), reason: undefined }],
    ['an unknown model', { ...notice('n'), model: 'dall-e' }],
    ['a time that is not a number', { ...notice('n'), createdAt: '2025-01-01' }],
    ['an empty id', { ...notice('n'), id: '' }],
    ['a prompt that is not text', { ...notice('n'), prompt: 42 }],
    ['a reason longer than any sentence of ours', { ...notice('n'), reason: 'x'.repeat(5000) }],
    ['no notice at all', undefined],
  ])('drops a notice with %s, storing nothing', async (_, bad) => {
    const message = { type: 'save-notice', notice: bad };
    expect(asUiMessage(message)).toBeUndefined();
    const { host } = await startOn({ name: 'penpot' });
    host.send(message);
    // Handled in the order sent: once a good one is stored, the bad one had its turn.
    host.send({ type: 'save-notice', notice: notice('good') });
    await until(() => host.stored.has(keyOf('good')));
    expect(noticeKeys(host)).toEqual([keyOf('good')]);
  });

  it('an init whose notices are malformed is not ours', () => {
    const init = {
      type: 'init',
      host: 'figma',
      settings: DEFAULT_SETTINGS,
      apiKey: null,
      selection: EMPTY_SELECTION,
      history: [],
      palette: [],
      pending: [],
      sets: [],
      swatches: [],
    };
    expect(asPluginMessage({ ...init, notices: [] })).toBeDefined();
    expect(asPluginMessage(init)).toBeUndefined();
    expect(asPluginMessage({ ...init, notices: [{ id: 'x' }] })).toBeUndefined();
    expect(asUiMessage({ type: 'dismiss-notice', id: 7 })).toBeUndefined();
  });

  it(`keeps the newest ${MAX_CHARGE_NOTICES}`, async () => {
    const { host } = await startOn({ name: 'penpot' });
    for (let i = 0; i <= MAX_CHARGE_NOTICES; i++) {
      host.send({ type: 'save-notice', notice: notice(`n${i}`, 1000 + i) });
      await until(() => host.stored.has(keyOf(`n${i}`)));
    }
    await until(() => !host.stored.has(keyOf('n0')));
    const listed = (await initOf(host)).notices.map((n) => n.id);
    expect(listed).toHaveLength(MAX_CHARGE_NOTICES);
    expect(listed[0]).toBe('n1');
    expect(listed.at(-1)).toBe(`n${MAX_CHARGE_NOTICES}`);
  });
});
