import { describe, expect, it } from 'vitest';
import { STORE_KEYS } from '../../../core/storage/store';
import { initOf, startOn } from './harness';

describe('startPlugin: stray and malformed messages', () => {
  it('drops everything that is not one of ours, without throwing or answering', async () => {
    const { host } = await startOn({ name: 'penpot' });
    const hostile = {
      get type(): string {
        throw new Error('boom');
      },
    };
    const strays: unknown[] = [
      null,
      undefined,
      42,
      'ui-ready',
      [],
      { type: 'unknown-message' },
      { type: 'save-key' },
      { type: 'save-key', apiKey: 42 },
      { type: 'track-task', task: 'not a task' },
      { type: 'insert-result', task: { taskId: 't' } },
      { type: 'resize', width: 'wide', height: 10 },
      { pluginMessage: { type: 'save-key', apiKey: 'aio_wrapped' } },
      { source: 'react-devtools-content-script', payload: {} },
      { type: '__proto__' },
      { type: 'toString' },
      hostile,
    ];
    for (const stray of strays) expect(() => host.send(stray)).not.toThrow();
    const init = await initOf(host);
    expect(host.messages).toEqual([init]);
    expect(init.apiKey).toBeNull();
    expect([...host.stored.keys()]).not.toContain(STORE_KEYS.apiKey);
  });
});
