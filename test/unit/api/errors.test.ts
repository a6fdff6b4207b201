import { describe, expect, it } from 'vitest';
import { ambiguousError, errorFromResponse, networkError, timeoutError } from '../../../core/api/errors';
import { parseRetryAfter } from '../../../core/api/retry-after';
import { redactSecrets } from '../../../core/api/redact';
import { serverMessage } from '../../../core/api/server-message';
import { taskFailedError } from '../../../core/api/task-errors';
import { fixtureText } from './fixtures';

const KEY = 'aio_live_4f9c2b7e1d0a8c6b5e3f';

describe('errorFromResponse', () => {
  it.each([
    [401, 'invalid-key', 'reenter-key'],
    [403, 'invalid-key', 'reenter-key'],
    [402, 'no-credits', 'top-up'],
    [429, 'rate-limited', 'wait'],
    [500, 'server', 'retry'],
    [502, 'server', 'retry'],
    [503, 'server', 'retry'],
    [400, 'bad-request', 'edit-prompt'],
    [422, 'bad-request', 'edit-prompt'],
  ])('%i → %s', (status, code, action) => {
    const error = errorFromResponse(status, '');
    expect(error).toMatchObject({ code, action, status });
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('reads the documented 401 body but says what to do, where the key is entered', () => {
    const error = errorFromResponse(401, fixtureText('error.401.json'));
    expect(error.message).toMatch(/refused\. Check it and save it again/);
    // The key is entered in the key panel; there is no "Settings" panel.
    expect(error.message).not.toMatch(/Settings/);
  });

  it.each([
    ['{"error":{"code":400,"message":"prompt too long"}}', 'prompt too long'],
    ['{"message":"prompt too long"}', 'prompt too long'],
    ['{"error":"prompt too long"}', 'prompt too long'],
    ['{"detail":[{"msg":"prompt too long"}]}', 'prompt too long'],
    ['  prompt too long\n', 'prompt too long'],
  ])('shows the server message of a 400: %s', (body, message) => {
    expect(errorFromResponse(400, body).message).toBe(`The gateway refused the request: ${message}`);
  });

  it('hides HTML error pages and caps long messages', () => {
    expect(errorFromResponse(400, '<html><body>Bad</body></html>').message).toBe(
      'The gateway refused the request (HTTP 400).',
    );
    const long = errorFromResponse(400, 'x'.repeat(5000)).message;
    expect(long.length).toBeLessThan(260);
    expect(long.endsWith('…')).toBe(true);
  });

  it('points a generic 404 at the API base setting', () => {
    expect(errorFromResponse(404, 'Not Found').message).toMatch(/API base URL/);
  });

  it('takes Retry-After in seconds or as an HTTP date', () => {
    expect(errorFromResponse(429, '', '7').retryAfterSeconds).toBe(7);
    expect(errorFromResponse(429, '', '7').message).toMatch(/7 s/);
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    const later = 'Wed, 21 Oct 2026 07:28:30 GMT';
    expect(errorFromResponse(429, '', later, { now }).retryAfterSeconds).toBe(30);
    expect(errorFromResponse(429, '').retryAfterSeconds).toBeUndefined();
  });

  it('never repeats the key, a Bearer value or anything key-shaped', () => {
    const bodies = [
      `{"error":{"message":"Key ${KEY} is not valid"}}`,
      `bad header Authorization: Bearer ${KEY}`,
      `{"message":"unknown key aio_other_key_123456"}`,
      `{"message":"token sk-abcdefghijklmnopqrstuvwx rejected"}`,
    ];
    for (const body of bodies) {
      for (const status of [400, 401, 422, 429, 500]) {
        const message = errorFromResponse(status, body, undefined, { apiKey: KEY }).message;
        expect(message).not.toContain(KEY);
        expect(message).not.toMatch(/aio_other|sk-abc/);
      }
    }
    expect(
      errorFromResponse(400, `weird ${KEY.slice(4)}`, undefined, { apiKey: KEY.slice(4) }).message,
    ).not.toContain(KEY.slice(4));
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['3', 3],
    ['1.2', 2],
    [' 10 ', 10],
  ])('%j → %i', (value, seconds) => expect(parseRetryAfter(value, 0)).toBe(seconds));

  it.each([undefined, null, '', 'soon', '-5'])('%j → undefined', (value) => {
    expect(parseRetryAfter(value, 0)).toBeUndefined();
  });

  it('never gives a negative wait for a date in the past', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.now())).toBe(0);
  });
});

describe('messages', () => {
  it('serverMessage digs out nested messages and scrubs', () => {
    expect(serverMessage('{"errors":[{"message":"first"}]}')).toBe('first');
    expect(serverMessage('')).toBeUndefined();
    expect(redactSecrets(`Bearer ${KEY}, again ${KEY}`, KEY)).toBe('Bearer [key], again [key]');
  });

  it('the ambiguous error says it may have been charged and not to retry blindly', () => {
    expect(ambiguousError()).toMatchObject({ code: 'ambiguous', action: 'check-history' });
    expect(ambiguousError().message).toMatch(/may have been charged/);
  });

  it('network, timeout and task failure builders', () => {
    expect(networkError().code).toBe('network');
    expect(timeoutError(6 * 60_000).message).toMatch(/6 min/);
    expect(timeoutError(1000).message).toMatch(/1 min/);
    expect(taskFailedError('content policy').message).toBe('The generation failed: content policy');
    expect(taskFailedError(`leaked ${KEY}`, KEY).message).not.toContain(KEY);
    expect(taskFailedError().message).toMatch(/failed/);
  });
});
