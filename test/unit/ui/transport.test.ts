import { describe, expect, it, vi } from 'vitest';
import type { PluginMessage } from '../../../core/protocol/messages';
import { createFigmaTransport } from '../../../ui/transport/figma';
import { createPenpotTransport } from '../../../ui/transport/penpot';
import { waitForMessageAsync } from '../../../ui/transport/wait-for';
import { FakeTransport, FakeWindow } from './fakes';

const persisted: PluginMessage = { type: 'task-persisted', taskId: 't1' };

describe('Figma transport', () => {
  it('wraps outgoing messages in pluginMessage and posts to any origin', () => {
    const parent = new FakeWindow();
    createFigmaTransport(parent, new FakeWindow()).send({ type: 'ui-ready' });
    expect(parent.posted).toEqual([{ message: { pluginMessage: { type: 'ui-ready' } }, origin: '*' }]);
  });

  it('unwraps pluginMessage and ignores stray or malformed messages', () => {
    const self = new FakeWindow();
    const handler = vi.fn();
    createFigmaTransport(new FakeWindow(), self).onMessage(handler);
    self.dispatch({ pluginMessage: persisted });
    self.dispatch(persisted); // unwrapped: not how Figma speaks
    self.dispatch({ pluginMessage: { type: 'unknown-thing' } });
    self.dispatch({ pluginMessage: { type: 'task-persisted' } }); // missing taskId
    self.dispatch('a string from an extension');
    self.dispatch(null);
    expect(handler.mock.calls).toEqual([[persisted]]);
  });

  it('stops listening when unsubscribed', () => {
    const self = new FakeWindow();
    const handler = vi.fn();
    const stop = createFigmaTransport(new FakeWindow(), self).onMessage(handler);
    stop();
    self.dispatch({ pluginMessage: persisted });
    expect(handler).not.toHaveBeenCalled();
    expect(self.listenerCount).toBe(0);
  });
});

describe('Penpot transport', () => {
  it('posts bare messages', () => {
    const parent = new FakeWindow();
    createPenpotTransport(parent, new FakeWindow()).send({ type: 'cancel-task', taskId: 't1' });
    expect(parent.posted).toEqual([{ message: { type: 'cancel-task', taskId: 't1' }, origin: '*' }]);
  });

  it('reads bare messages and ignores other windows’ messages', () => {
    const self = new FakeWindow();
    const handler = vi.fn();
    createPenpotTransport(new FakeWindow(), self).onMessage(handler);
    self.dispatch(persisted);
    self.dispatch({ pluginMessage: persisted }); // Figma's envelope is not Penpot's
    self.dispatch({ type: 'webpackOk' });
    self.dispatch({ source: 'react-devtools', payload: {} });
    expect(handler.mock.calls).toEqual([[persisted]]);
  });
});

describe('waitForMessageAsync', () => {
  it('resolves with the first picked message and then stops listening', async () => {
    const transport = new FakeTransport();
    const waiting = waitForMessageAsync(transport, (m) => (m.type === 'inserted' ? m.nodeId : undefined));
    transport.deliver(persisted);
    transport.deliver({ type: 'inserted', taskId: 't1', nodeId: 'n1' });
    await expect(waiting).resolves.toBe('n1');
    expect(transport.handlerCount).toBe(0);
  });

  it('rejects when the picker throws', async () => {
    const transport = new FakeTransport();
    const waiting = waitForMessageAsync(transport, () => {
      throw new Error('refused');
    });
    transport.deliver(persisted);
    await expect(waiting).rejects.toThrow('refused');
    expect(transport.handlerCount).toBe(0);
  });
});
