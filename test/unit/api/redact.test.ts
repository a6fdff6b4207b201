import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../../core/api/errors';
import { normaliseCreation, normaliseTask } from '../../../core/api/normalise-task';
import { redactSecrets } from '../../../core/api/redact';
import { taskFailedError } from '../../../core/api/task-errors';

// A key that is not aio_-shaped is caught only when the caller passes it; one that is, always.
const KEY = 'aio_live_4f9c2b7e1d0a8c6b5e3f';
const ODD_KEY = 'live-4f9c2b7e1d0a8c6b5e3f';

describe('redactSecrets', () => {
  it.each([
    ['the exact key', `key ${ODD_KEY} refused`, ODD_KEY, 'key [key] refused'],
    ['the key URL-encoded', `?k=${encodeURIComponent('x/y+z=1234')}`, 'x/y+z=1234', '?k=[key]'],
    ['a gateway-shaped key, no key given', `unknown key ${KEY}.`, undefined, 'unknown key [key].'],
    ['a key glued to a word', `token_${KEY} bad`, undefined, 'token_[key] bad'],
    [
      'a Bearer value',
      'header was Bearer abc.def-123, rejected',
      undefined,
      'header was Bearer [key], rejected',
    ],
    ['bearer in any case', 'BEARER xyz', undefined, 'Bearer [key]'],
    ['a Bearer value in brackets', '(Bearer ab+c/d==)', undefined, '(Bearer [key])'],
    ['other vendors’ keys', 'sk-abcdefghijklmnopqrstuvwx', undefined, '[key]'],
  ])('%s', (_name, text, apiKey, expected) => {
    expect(redactSecrets(text, apiKey)).toBe(expected);
  });

  it('leaves ordinary text alone, and ignores a "key" too short to be one', () => {
    expect(redactSecrets('Prompt contains banned words: radio_button, aio_', 'ab')).toBe(
      'Prompt contains banned words: radio_button, aio_',
    );
  });
});

describe('server text is redacted where it enters our errors', () => {
  const bodies = [
    `{"error":{"message":"Key ${ODD_KEY} is not valid for this model"}}`,
    `{"error":"upstream said: Authorization: Bearer ${ODD_KEY}"}`,
    `{"message":"unknown key ${KEY}"}`,
    `{"detail":[{"msg":"bad ${KEY}"}]}`,
  ];

  it.each(bodies)('a JSON error body: %s', (body) => {
    for (const status of [400, 401, 402, 404, 409, 422, 429, 500]) {
      const message = errorFromResponse(status, body, undefined, { apiKey: ODD_KEY }).message;
      expect(message).not.toContain(ODD_KEY);
      expect(message).not.toContain(KEY);
    }
  });

  it("a failed task's error, in either shape, before anyone reads the snapshot", () => {
    const envelope = {
      code: 200,
      data: { task_id: 't1', status: 'FAILED', error: `Upstream rejected ${ODD_KEY}` },
    };
    const flat = { id: 't1', status: 'failed', error: { message: `bad credentials Bearer ${KEY}` } };
    const fromEnvelope = normaliseTask(envelope, ODD_KEY);
    expect(fromEnvelope.error).toBe('Upstream rejected [key]');
    expect(normaliseTask(flat).error).toBe('bad credentials Bearer [key]');
    expect(taskFailedError(fromEnvelope.error).message).toBe(
      'The generation failed: Upstream rejected [key]',
    );
  });

  it("a failed task's envelope message and status word", () => {
    const snapshot = normaliseTask({
      code: 500,
      message: `key ${KEY} failed`,
      data: { status: `FAILED_${KEY}` },
    });
    expect(JSON.stringify(snapshot)).not.toContain(KEY);
    expect(snapshot.status).toBe('failed');
  });

  it('a synchronous creation answer that failed, kept as the pending task’s snapshot', () => {
    const created = normaliseCreation({ id: 's1', status: 'failed', error: `quota for ${ODD_KEY}` }, ODD_KEY);
    expect(JSON.stringify(created)).not.toContain(ODD_KEY);
    expect(created.immediate?.error).toBe('quota for [key]');
  });
});
