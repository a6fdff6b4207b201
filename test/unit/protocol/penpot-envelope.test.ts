import { describe, expect, it } from 'vitest';
import { asUiMessage } from '../../../core/protocol/guard';
import type { UiMessage } from '../../../core/protocol/messages';
import { openEnvelope, wrapInEnvelope } from '../../../core/protocol/penpot-envelope';
import { newChannelSecret } from '../../../core/protocol/channel-secret';

const SECRET = newChannelSecret();
const saveKey: UiMessage = { type: 'save-key', apiKey: 'aio_attacker' };

/** What the Penpot adapter and the controller do together with one window message. */
const accepted = (data: unknown) => asUiMessage(openEnvelope(SECRET, data));

describe('Penpot envelope: what the sandbox accepts', () => {
  it('passes on the message of an envelope carrying this open’s secret', () => {
    const envelope = wrapInEnvelope(SECRET, saveKey);
    expect(envelope).toEqual({ channel: SECRET, message: saveKey });
    expect(openEnvelope(SECRET, envelope)).toBe(saveKey);
    expect(accepted(envelope)).toBe(saveKey);
  });

  it('drops envelopes with a wrong, missing or non-string secret', () => {
    for (const channel of [newChannelSecret(), SECRET.slice(1), `${SECRET} `, SECRET.toUpperCase(), '']) {
      expect(openEnvelope(SECRET, wrapInEnvelope(channel, saveKey)), channel).toBeUndefined();
    }
    expect(openEnvelope(SECRET, { message: saveKey })).toBeUndefined();
    expect(openEnvelope(SECRET, { channel: null, message: saveKey })).toBeUndefined();
    expect(openEnvelope(SECRET, { channel: [SECRET], message: saveKey })).toBeUndefined();
    expect(openEnvelope(SECRET, { channel: { toString: () => SECRET }, message: saveKey })).toBeUndefined();
  });

  it('drops well-formed protocol messages posted bare, of every forged type', () => {
    const forged: unknown[] = [
      saveKey,
      { type: 'save-settings', settings: { apiBase: 'https://attacker.test/api/v1' } },
      { type: 'ui-ready' },
      { type: 'forget-key' },
      { pluginMessage: saveKey },
      { type: 'save-key', apiKey: 'aio_x', channel: 'guess' },
    ];
    for (const data of forged) expect(openEnvelope(SECRET, data), JSON.stringify(data)).toBeUndefined();
  });

  it('drops non-objects without throwing', () => {
    for (const data of [null, undefined, 0, 42, 'save-key', SECRET, true, Symbol('x'), () => saveKey]) {
      expect(openEnvelope(SECRET, data)).toBeUndefined();
    }
  });

  it('drops hostile values (throwing getters, proxies) without throwing', () => {
    const getter = {
      get channel(): string {
        throw new Error('boom');
      },
      message: saveKey,
    };
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(openEnvelope(SECRET, getter)).toBeUndefined();
    expect(openEnvelope(SECRET, proxy)).toBeUndefined();
  });

  it('never accepts anything on an empty secret, even an envelope that carries one', () => {
    expect(openEnvelope('', wrapInEnvelope('', saveKey))).toBeUndefined();
    expect(openEnvelope('', { message: saveKey })).toBeUndefined();
  });

  it('leaves the shape of what the secret lets through to the protocol guard', () => {
    expect(accepted(wrapInEnvelope(SECRET, { type: 'unknown-type' }))).toBeUndefined();
    expect(accepted(wrapInEnvelope(SECRET, { type: 'save-key', apiKey: 42 }))).toBeUndefined();
    expect(accepted(wrapInEnvelope(SECRET, wrapInEnvelope(SECRET, saveKey)))).toBeUndefined();
    expect(accepted(wrapInEnvelope(SECRET, undefined))).toBeUndefined();
  });
});

describe('newChannelSecret', () => {
  it('is 128 bits of hex, fresh each time', () => {
    const secrets = new Set(Array.from({ length: 200 }, () => newChannelSecret()));
    expect(secrets.size).toBe(200);
    for (const secret of secrets) expect(secret).toMatch(/^[0-9a-f]{32}$/);
  });

  it('draws from the random source it is given, each draw padded to 32 bits', () => {
    const draws = [0, 0.5, 0.999_999_999_9, 1 / 2 ** 32];
    let i = 0;
    expect(newChannelSecret(() => draws[i++]!)).toBe('00000000' + '80000000' + 'ffffffff' + '00000001');
    expect(i).toBe(4);
  });
});
