import { describe, expect, it } from 'vitest';
import { asUserError, causeText, PluginError } from '../../../core/api/errors';
import { CATALOGUE, userError, type ErrorArgs, type ErrorId } from '../../../core/errors/catalogue';
import { NOTES, notInsertedMessage } from '../../../core/errors/notes';
import { ERROR_ACTIONS, ERROR_CODES } from '../../../core/errors/user-error';

/**
 * Arguments for every entry's sentence, optional ones left out where they
 * can be: typed per entry, so an entry added without one fails typecheck.
 */
const SAMPLES: { readonly [K in ErrorId]: readonly ErrorArgs<K>[] } = {
  'no-key': [[]],
  'invalid-key': [[]],
  'no-credits': [[]],
  'rate-limited': [[], [7.2]],
  server: [[], [503]],
  network: [[]],
  'api-base-invalid': [[]],
  'no-such-address': [[]],
  'request-refused': [[422], [400, 'prompt too long']],
  'prompt-length': [[2, 3, 5000]],
  'redirected-poll': [
    [undefined, false],
    ['https://elsewhere.test', true],
  ],
  'redirected-followed': [[], ['https://elsewhere.test']],
  'redirected-refused': [[], ['https://elsewhere.test']],
  ambiguous: [[]],
  timeout: [[6 * 60_000]],
  'task-not-found': [[]],
  'task-id-unusable': [[]],
  'task-failed': [[], ['content policy']],
  'creation-unfollowable': [['no-id'], ['bad-id']],
  untracked: [[]],
  cancelled: [[]],
  'result-expired': [[]],
  'result-no-file': [[]],
  'result-http-error': [[418]],
  'result-not-a-file': [[]],
  'result-too-large': [[80 * 1024 * 1024, 64 * 1024 * 1024]],
  'result-gave-up': [
    ['cut-short', 600_000],
    [503, 600_000],
  ],
  'payload-unreadable': [[]],
  'image-implausible': [[0, 0, 32768]],
  'svg-rejected': [['doctype'], ['malformed']],
  'image-unconverted': [[], ['the source image could not be decoded']],
  'image-unconverted-no-answer': [[]],
  'host-svg-unreadable': [['Figma'], ['Penpot']],
  'shape-unfillable': [[]],
  'figma-image-type': [['image/webp']],
  'figma-image-too-large': [[4096, 8192, 2048]],
  'figma-image-unreadable': [[]],
  'penpot-image-upload': [[]],
  'insert-refused': [[], ['createRectangle is not a function']],
  'attempts-interrupted': [[2]],
  'last-attempt-failed': [['Figma could not read this SVG, so nothing was inserted. Try generating again.']],
  'insert-pending': [
    [undefined, false],
    ['The canvas refused it.', true],
  ],
  'cache-gone': [[]],
  'file-unsavable': [[]],
  'file-not-sent': [[]],
  'set-no-subjects': [[]],
  'set-too-many-subjects': [[49, 48]],
  'set-subjects-malformed': [[]],
  'set-subject-too-long': [[3, 100]],
  'set-variants': [[1, 4]],
  'set-icon-size': [[[16, 20, 24, 32, 48]]],
  'set-padding': [[24], [20]],
  'set-prefix-empty': [[]],
  'set-prefix-too-long': [[40]],
  'set-name-empty': [[]],
  'set-name-too-long': [[60]],
  'set-model-unknown': [[]],
  'set-size-invalid': [['Vector']],
  'set-template-no-subject': [[]],
  'set-item-interrupted': [[]],
  'set-gone': [[]],
  'controls-refused': [[]],
  'tool-image-unusable': [[]],
  'tool-source-expired': [[]],
  'brand-json-too-large': [[70_000, 65_536]],
  'brand-json-unreadable': [[]],
  'brand-field-invalid': [['kit'], ['palette'], ['vectorModel']],
  'brand-palette-too-many': [[9, 8]],
  'brand-role-empty': [[2]],
  'brand-role-too-long': [[3, 40]],
  'brand-role-duplicate': [['primary']],
  'brand-colour-invalid': [[1, 'primary']],
  'brand-style-too-long': [[600, 500]],
  'brand-model-output': [['vector'], ['raster']],
  'not-sent': [[]],
  'not-connected': [[]],
  'replace-gone': [[]],
  'document-unwritable': [[]],
  'brand-kit-unwritable': [[]],
  unexpected: [['plugin'], ['saving-settings', 'QuotaExceededError'], ['placing']],
};

const ids = Object.keys(CATALOGUE) as ErrorId[];

/** Every sentence the table can say, with its entry's id. */
function everySentence(): [ErrorId, string][] {
  return ids.flatMap((id) =>
    SAMPLES[id].map(
      (args) => [id, userError(id, ...(args as ErrorArgs<typeof id>)).message] as [ErrorId, string],
    ),
  );
}

describe('the error catalogue', () => {
  it('has a sentence for every code, and only known codes and actions', () => {
    const used = new Set(ids.map((id) => CATALOGUE[id].code));
    expect(ERROR_CODES.filter((code) => !used.has(code))).toEqual([]);
    for (const id of ids) {
      expect(ERROR_CODES).toContain(CATALOGUE[id].code);
      expect(ERROR_ACTIONS).toContain(CATALOGUE[id].action);
    }
  });

  it('builds plain data that crosses postMessage as it is', () => {
    const error = userError('rate-limited', 5);
    expect(error).toEqual({
      code: 'rate-limited',
      action: 'wait',
      message: 'The gateway is busy (too many requests). Wait 5 s and try again.',
    });
    expect(structuredClone(error)).toEqual(error);
  });

  it('says something whole in every sentence: no empty text, no undefined or NaN leaking in', () => {
    for (const [id, sentence] of everySentence()) {
      expect(sentence.trim(), id).not.toBe('');
      expect(sentence, id).not.toMatch(/undefined|NaN|\[object|null|\s{2}/);
      expect(sentence, id).toBe(sentence.trim());
    }
  });

  it('never sends the designer to a "Settings" panel: the API base is under Advanced, the key above', () => {
    const all = [
      ...everySentence().map(([, sentence]) => sentence),
      ...Object.values(NOTES),
      notInsertedMessage('The canvas refused it.'),
    ];
    for (const sentence of all) expect(sentence).not.toMatch(/settings panel|in Settings|Settings\b/);
    expect(userError('api-base-invalid').message).toMatch(/under Advanced/);
  });

  it('tells no key from a refused one', () => {
    expect(userError('no-key')).toEqual({
      code: 'no-key',
      action: 'reenter-key',
      message: 'No API key is saved: enter your key above.',
    });
    expect(userError('invalid-key').code).toBe('invalid-key');
    expect(userError('invalid-key').message).toMatch(/refused/);
    expect(userError('no-key').message).not.toMatch(/refused/);
  });

  it('keeps a wrapped failure’s sentence whole inside "could not be inserted"', () => {
    const reason = userError('svg-rejected', 'doctype').message;
    expect(notInsertedMessage(reason)).toBe(
      `Could not be inserted. ${reason} Its file is kept in History: Download file, or Try inserting again (no new charge).`,
    );
  });
});

describe('asUserError', () => {
  const KEY = 'aio_live_4f9c2b7e1d0a8c6b5e3f';

  it("returns a PluginError's own error, whatever its code", () => {
    const refused = userError('shape-unfillable');
    expect(asUserError(new PluginError(refused), 'placing')).toBe(refused);
    const noKey = userError('no-key');
    expect(asUserError(new PluginError(noKey), 'plugin')).toBe(noKey);
  });

  it('calls any other Error unexpected, saying where and what it said, never insert-failed', () => {
    const error = asUserError(new ReferenceError('JSON is not defined'), 'saving-settings');
    expect(error).toEqual({
      code: 'unexpected',
      action: 'retry',
      message:
        'Something unexpected went wrong while saving your settings (JSON is not defined). They may not be kept: try again.',
    });
  });

  it('takes a thrown string as the cause, and nothing else as one', () => {
    expect(asUserError('storage is gone', 'plugin').message).toBe(
      'Something unexpected went wrong in the plugin (storage is gone). If it keeps happening, close and reopen the plugin.',
    );
    const bare = userError('unexpected', 'placing');
    expect(bare.message).toBe('Something unexpected went wrong while placing the result on the canvas.');
    for (const caught of [undefined, null, 0, 42, true, {}, [], Symbol('x'), () => 1, new Error('')]) {
      expect(asUserError(caught, 'placing')).toEqual(bare);
    }
  });

  it('redacts the key and key-shaped text from the cause, and cuts a long one', () => {
    const leaked = asUserError(new Error(`Bearer ${KEY} refused for ${KEY}`), 'plugin').message;
    expect(leaked).not.toContain(KEY);
    expect(leaked).toContain('Bearer [key] refused for [key]');
    const cause = causeText(new Error(`x${' y'.repeat(500)}\n\n z`))!;
    expect(cause.length).toBe(160);
    expect(cause.endsWith('…')).toBe(true);
    expect(cause).not.toMatch(/\s{2}|\n/);
  });

  it('takes a UserError thrown as a value as its own, copied; an unknown code is unexpected', () => {
    const thrown = { ...userError('cancelled'), status: 499, extra: 'dropped' };
    const error = asUserError(thrown, 'plugin');
    expect(error).toEqual({ ...userError('cancelled'), status: 499 });
    expect(error).not.toBe(thrown);
    const unknown = { code: 'made-up', action: 'none', message: 'Trust me.' };
    expect(asUserError(unknown, 'plugin')).toEqual(userError('unexpected', 'plugin'));
    const oddAction = { code: 'server', action: 'explode', message: 'The gateway had a problem.' };
    expect(asUserError(oddAction, 'plugin').action).toBe('retry');
  });

  it('never throws on a hostile value: throwing getters, traps and revoked proxies', () => {
    const trap = () => {
      throw new Error('gotcha');
    };
    const everyTrap = new Proxy({}, { get: trap, getPrototypeOf: trap, has: trap, ownKeys: trap });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const getterMessage = Object.defineProperty(new Error('x'), 'message', { get: trap });
    const getterCode = Object.defineProperty({ message: 'x' }, 'code', { get: trap });
    const unexpected = userError('unexpected', 'history');
    for (const hostile of [everyTrap, revocable.proxy, getterMessage, getterCode]) {
      const error = asUserError(hostile, 'history');
      expect(error).toEqual(unexpected);
      expect(structuredClone(error)).toEqual(unexpected);
    }
  });
});
