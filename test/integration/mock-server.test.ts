import { describe, expect, it } from 'vitest';
import { DEMO_KEY } from '../../dev/mock/types';
import { createAsync, jsonOf, pollAsync, useMock } from './mock-client';

const VECTOR = 'recraft-v4-text-to-vector';
const RASTER = 'recraft-v4-text-to-image';

const mock = useMock({ durationMs: 60 });

describe('authentication', () => {
  it('answers 401 in the documented shape for a missing, unknown or non-Bearer key', async () => {
    for (const key of [undefined, 'aio_wrong', `Basic ${DEMO_KEY}`]) {
      const response = await fetch(`${mock().apiBase}/images/generations`, {
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
    expect((await pollAsync(mock(), 'anything', 'aio_wrong')).status).toBe(401);
  });
});

describe('credits', () => {
  it('charges each model its catalogue price and answers 402 once the balance is short', async () => {
    mock().setBalance('aio_credits', 45);
    const statuses: number[] = [];
    for (const model of [RASTER, VECTOR, VECTOR, RASTER, RASTER]) {
      const response = await createAsync(mock(), { model, prompt: 'a small boat' }, 'aio_credits');
      statuses.push(response.status);
      if (response.status === 402) {
        const body = await jsonOf(response);
        expect(body.error.code).toBe(402);
        expect(body.error.message).toMatch(/^Insufficient credits/);
      }
    }
    expect(statuses).toEqual([200, 200, 402, 200, 402]);
    expect(mock().balance('aio_credits')).toBe(5);
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
    const before = mock().balance(DEMO_KEY);
    const response = await createAsync(mock(), body);
    expect(response.status).toBe(400);
    const json = await jsonOf(response);
    expect(json.error.code).toBe(400);
    expect(json.error.message).toMatch(message);
    expect(mock().balance(DEMO_KEY)).toBe(before);
  });
});
