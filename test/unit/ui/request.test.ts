/** requestAsync: the one way the UI asks the sandbox and hears its answer. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PluginError } from '../../../core/api/errors';
import type { UiMessageOf } from '../../../core/protocol/messages';
import { TIMEOUTS } from '../../../core/api/timeouts';
import { RequestTimeoutError } from '../../../core/protocol/request';
import { createFigmaTransport } from '../../../ui/transport/figma';
import { FakeTransport, FakeWindow, pendingTask } from './fakes';

const task = pendingTask('t1');
const asked = (transport: FakeTransport) => transport.sentOf('track-task').at(-1)!;

afterEach(() => vi.useRealTimers());

describe('requestAsync', () => {
  it('sends the payload with a fresh requestId and resolves with the reply carrying it', async () => {
    const transport = new FakeTransport();
    const first = transport.requestAsync('track-task', { task });
    const second = transport.requestAsync('track-task', { task });
    const [one, two] = transport.sentOf('track-task');
    expect(one).toEqual({ type: 'track-task', requestId: expect.any(String), task });
    expect(two!.requestId).not.toBe(one!.requestId);
    transport.deliver({ type: 'task-not-saved', requestId: two!.requestId, taskId: 't1' });
    transport.deliver({ type: 'task-persisted', requestId: one!.requestId, taskId: 't1' });
    await expect(first).resolves.toMatchObject({ type: 'task-persisted' });
    await expect(second).resolves.toMatchObject({ type: 'task-not-saved' });
    expect(transport.handlerCount).toBe(0);
  });

  it('ignores a stray reply with another id, and a message of another type with its id', async () => {
    const transport = new FakeTransport();
    let answered = false;
    const asking = transport.requestAsync('track-task', { task }).then(() => (answered = true));
    const { requestId } = asked(transport);
    transport.deliver({ type: 'task-persisted', requestId: 'ui-999', taskId: 't1' });
    transport.deliver({ type: 'inserted', requestId, taskId: 't1', nodeId: '1:1' });
    await Promise.resolve();
    expect(answered).toBe(false);
    transport.deliver({ type: 'task-persisted', requestId, taskId: 't1' });
    await asking;
    expect(answered).toBe(true);
  });

  it('types the reply by the request: insert-result answers inserted or insert-failed', async () => {
    const transport = new FakeTransport();
    transport.sandbox = (m) => {
      if (m.type !== 'insert-result') return;
      transport.deliver({ type: 'inserted', requestId: m.requestId, taskId: m.task.taskId, nodeId: '2:2' });
    };
    const reply = await transport.requestAsync('insert-result', {
      task,
      result: { kind: 'svg', svg: '<svg/>' },
    });
    // Compiles only because the map says so: 'nodeId' exists on 'inserted', 'error' on 'insert-failed'.
    expect(reply.type === 'inserted' ? reply.nodeId : reply.error.code).toBe('2:2');
  });

  it('rejects with the sandbox’s reason when its handler failed on this request', async () => {
    const transport = new FakeTransport();
    transport.sandbox = (m) => {
      const { requestId } = m as UiMessageOf<'export-history'>;
      const error = { code: 'result-expired', action: 'none', message: 'No longer cached.' } as const;
      transport.deliver({ type: 'error', requestId, error });
    };
    const asking = transport.requestAsync('export-history', { entryId: 'h1' });
    await expect(asking).rejects.toBeInstanceOf(PluginError);
    await expect(asking).rejects.toMatchObject({ error: { code: 'result-expired' } });
  });

  it('times out after the default, or the time it was given, and stops listening', async () => {
    vi.useFakeTimers();
    const transport = new FakeTransport();
    const byDefault = transport.requestAsync('export-history', { entryId: 'h1' });
    const given = transport.requestAsync('track-task', { task }, { timeoutMs: 50 });
    const failures = [byDefault, given].map((p) => p.catch((error: unknown) => error));
    await vi.advanceTimersByTimeAsync(50);
    await expect(failures[1]).resolves.toBeInstanceOf(RequestTimeoutError);
    await vi.advanceTimersByTimeAsync(TIMEOUTS.replyMs - 51);
    expect(transport.handlerCount).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(failures[0]).resolves.toMatchObject({
      name: 'RequestTimeoutError',
      requestType: 'export-history',
    });
    expect(transport.handlerCount).toBe(0);
  });

  it('works over a real window transport: the reply comes from the parent, wrapped as the host wraps it', async () => {
    const parent = new FakeWindow();
    const self = new FakeWindow();
    const transport = createFigmaTransport(parent, self);
    const asking = transport.requestAsync('export-history', { entryId: 'h1' });
    const { requestId } = (parent.posted[0]!.message as { pluginMessage: UiMessageOf<'export-history'> })
      .pluginMessage;
    const file = { entryId: 'h1', kind: 'svg', data: '<svg/>', mime: 'image/svg+xml' } as const;
    self.dispatch({ pluginMessage: { type: 'history-file', requestId, file } }, new FakeWindow()); // another frame
    self.dispatch({ pluginMessage: { type: 'history-file', requestId, file } }, parent);
    await expect(asking).resolves.toEqual({ type: 'history-file', requestId, file });
  });
});
