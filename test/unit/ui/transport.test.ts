import { describe, expect, it, vi } from 'vitest';
import { EMPTY_SELECTION, type PluginMessage } from '../../../core/protocol/messages';
import { CHANNEL_PARAM } from '../../../core/protocol/penpot-envelope';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { createFigmaTransport } from '../../../ui/transport/figma';
import { channelFromSearch, createPenpotTransport } from '../../../ui/transport/penpot';
import { FakeWindow } from './fakes';

const persisted: PluginMessage = { type: 'task-persisted', requestId: 'ui-1', taskId: 't1' };
const forgedInit: PluginMessage = {
  type: 'init',
  host: 'penpot',
  settings: { ...DEFAULT_SETTINGS, apiBase: 'https://attacker.test/api/v1' },
  apiKey: null,
  selection: EMPTY_SELECTION,
  history: [],
  palette: [],
  pending: [],
  notices: [],
  sets: [],
  swatches: [],
};
const SECRET = '0123456789abcdef0123456789abcdef';

describe('Figma transport', () => {
  it('wraps outgoing messages in pluginMessage and posts to any origin', () => {
    const parent = new FakeWindow();
    createFigmaTransport(parent, new FakeWindow()).send({ type: 'ui-ready' });
    expect(parent.posted).toEqual([{ message: { pluginMessage: { type: 'ui-ready' } }, origin: '*' }]);
  });

  it('unwraps pluginMessage and ignores stray or malformed messages', () => {
    const parent = new FakeWindow();
    const self = new FakeWindow();
    const handler = vi.fn();
    createFigmaTransport(parent, self).onMessage(handler);
    self.dispatch({ pluginMessage: persisted }, parent);
    self.dispatch(persisted, parent); // unwrapped: not how Figma speaks
    self.dispatch({ pluginMessage: { type: 'unknown-thing' } }, parent);
    self.dispatch({ pluginMessage: { type: 'task-persisted', requestId: 'ui-1' } }, parent); // no taskId
    self.dispatch('a string from an extension', parent);
    self.dispatch(null, parent);
    expect(handler.mock.calls).toEqual([[persisted]]);
  });

  it('stops listening when unsubscribed', () => {
    const parent = new FakeWindow();
    const self = new FakeWindow();
    const handler = vi.fn();
    const stop = createFigmaTransport(parent, self).onMessage(handler);
    stop();
    self.dispatch({ pluginMessage: persisted }, parent);
    expect(handler).not.toHaveBeenCalled();
    expect(self.listenerCount).toBe(0);
  });
});

describe('Penpot transport', () => {
  it('posts every message in the envelope carrying the channel secret', () => {
    const parent = new FakeWindow();
    const transport = createPenpotTransport(parent, new FakeWindow(), SECRET);
    transport.send({ type: 'cancel-task', taskId: 't1' });
    transport.send({ type: 'save-key', apiKey: 'aio_k' });
    expect(parent.posted).toEqual([
      { message: { channel: SECRET, message: { type: 'cancel-task', taskId: 't1' } }, origin: '*' },
      { message: { channel: SECRET, message: { type: 'save-key', apiKey: 'aio_k' } }, origin: '*' },
    ]);
  });

  it('reads bare messages and ignores other windows’ messages', () => {
    const parent = new FakeWindow();
    const self = new FakeWindow();
    const handler = vi.fn();
    createPenpotTransport(parent, self, SECRET).onMessage(handler);
    self.dispatch(persisted, parent);
    self.dispatch({ pluginMessage: persisted }, parent); // Figma's envelope is not Penpot's
    self.dispatch({ type: 'webpackOk' }, parent);
    self.dispatch({ source: 'react-devtools', payload: {} }, parent);
    expect(handler.mock.calls).toEqual([[persisted]]);
  });

  it('reads the channel secret from its own URL', () => {
    expect(channelFromSearch(`?${CHANNEL_PARAM}=${SECRET}&theme=dark`)).toBe(SECRET);
    expect(channelFromSearch(`?theme=light&${CHANNEL_PARAM}=${SECRET}`)).toBe(SECRET);
    expect(channelFromSearch('?theme=light')).toBe('');
    expect(channelFromSearch('')).toBe('');
  });
});

describe.each([
  ['Figma', (parent: FakeWindow, self: FakeWindow) => createFigmaTransport(parent, self), true],
  ['Penpot', (parent: FakeWindow, self: FakeWindow) => createPenpotTransport(parent, self, SECRET), false],
] as const)('%s transport: who may speak to the UI', (_name, create, wrapped) => {
  const wire = (message: PluginMessage) => (wrapped ? { pluginMessage: message } : message);

  it('reads only messages posted by the parent window it sends to', () => {
    const parent = new FakeWindow();
    const self = new FakeWindow();
    const handler = vi.fn();
    create(parent, self).onMessage(handler);
    // Another frame (not our parent) posts well-formed messages straight to the UI's window.
    const otherFrame = new FakeWindow();
    self.dispatch(wire(forgedInit), otherFrame);
    self.dispatch(wire(persisted), otherFrame);
    self.dispatch(wire(forgedInit), self); // the UI's own window is not the sandbox either
    self.dispatch(wire(forgedInit), null);
    self.dispatch(wire(forgedInit), undefined);
    expect(handler).not.toHaveBeenCalled();
    self.dispatch(wire(persisted), parent);
    expect(handler.mock.calls).toEqual([[persisted]]);
  });
});
