import { describe, expect, it } from 'vitest';
import { neverConnected, RequestTimeout, withTimeoutAsync } from '../../../core/api/fetch-failure';
import type { Clock } from '../../../core/api/http';

const nodeFetchError = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause });

describe('neverConnected', () => {
  it('recognises a refused or unresolvable connection (Node fetch)', () => {
    expect(neverConnected(nodeFetchError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })))).toBe(
      true,
    );
    expect(neverConnected(nodeFetchError(Object.assign(new Error('x'), { code: 'ENOTFOUND' })))).toBe(true);
    expect(neverConnected(Object.assign(new Error('x'), { code: 'UND_ERR_CONNECT_TIMEOUT' }))).toBe(true);
  });

  it('needs every address of a happy-eyeballs attempt to have refused', () => {
    const refused = Object.assign(new Error('r'), { code: 'ECONNREFUSED' });
    const reset = Object.assign(new Error('s'), { code: 'ECONNRESET' });
    expect(neverConnected(nodeFetchError(new AggregateError([refused, refused])))).toBe(true);
    expect(neverConnected(nodeFetchError(new AggregateError([refused, reset])))).toBe(false);
  });

  it('treats resets, drops and opaque browser errors as possibly sent', () => {
    const socket = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    expect(neverConnected(nodeFetchError(socket))).toBe(false);
    expect(neverConnected(nodeFetchError(Object.assign(new Error('x'), { code: 'ECONNRESET' })))).toBe(false);
    expect(neverConnected(new TypeError('Failed to fetch'))).toBe(false);
    expect(neverConnected('weird')).toBe(false);
    expect(neverConnected(null)).toBe(false);
  });
});

describe('withTimeoutAsync', () => {
  const manualClock = () => {
    const sleepers: (() => void)[] = [];
    const clock: Clock = {
      now: () => 0,
      sleep: () => new Promise<void>((resolve) => sleepers.push(resolve)),
    };
    return { clock, fire: () => sleepers.forEach((wake) => wake()) };
  };

  it('passes an answer through', async () => {
    const { clock } = manualClock();
    await expect(withTimeoutAsync(Promise.resolve(5), clock, 10)).resolves.toBe(5);
  });

  it('rejects with RequestTimeout when the clock runs out first', async () => {
    const { clock, fire } = manualClock();
    const never = new Promise<number>(() => undefined);
    const raced = withTimeoutAsync(never, clock, 10);
    fire();
    await expect(raced).rejects.toBeInstanceOf(RequestTimeout);
  });

  it('passes a rejection through', async () => {
    const { clock } = manualClock();
    await expect(withTimeoutAsync(Promise.reject(new Error('no')), clock, 10)).rejects.toThrow('no');
  });
});
