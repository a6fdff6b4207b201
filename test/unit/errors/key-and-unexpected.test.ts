/**
 * Two failures as the designer meets them, from the sandbox to what the UI
 * shows: a task polled after Forget key, and a handler failing in a way
 * nobody foresaw. The sandbox runs on the fake host; the UI's side is its
 * task service, its state and its error text, fed the sandbox's messages.
 */
import { describe, expect, it } from 'vitest';
import { isKeyError } from '../../../core/api/errors';
import { userError } from '../../../core/errors/catalogue';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { STORE_KEYS } from '../../../core/storage/store';
import type { TaskView } from '../../../core/tasks/types';
import { appReducer, INITIAL_APP_STATE } from '../../../ui/state/app-state';
import { errorText } from '../../../ui/state/error-text';
import { isAtRiskUnsaved } from '../../../ui/state/task-text';
import { createRemoteTaskService } from '../../../ui/tasks/remote';
import { KEY, SANDBOX_GATEWAY, SAVED_API, SVG, makeTask } from '../plugin/fixtures';
import { initOf, startOn, until } from '../plugin/harness';
import { FILES, inMemoryGateway } from '../../support/in-memory-gateway';
import { FakeTransport } from '../ui/fakes';

const NO_KEY = 'No API key is saved: enter your key above.';

describe('Forget key while a task is followed', () => {
  it('the next poll says no key is saved (not that it was refused), the task waits, and a saved key resumes it', async () => {
    // Never done: the task is still being polled when the key goes.
    const gateway = inMemoryGateway(SVG, 1_000_000, SANDBOX_GATEWAY);
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: { ...SAVED_API, [STORE_KEYS.apiKey]: KEY },
    });
    const task = makeTask('fk', { createdAt: Date.now() });
    host.send({ type: 'track-task', requestId: 'rq-fk', task });
    await host.waitFor('task-persisted');
    await until(() => (gateway.polls.get('fk') ?? 0) > 0);

    host.send({ type: 'forget-key' });
    await until(() => host.ofType('task-update').some((m) => m.view.phase === 'failed'));
    const failed = host.ofType('task-update').find((m) => m.view.phase === 'failed')!.view;
    expect(failed.error).toEqual(userError('no-key'));
    expect(failed.error!.message).toBe(NO_KEY);
    expect(host.ofType('task-update').some((m) => m.view.error?.code === 'invalid-key')).toBe(false);
    // Without a key nothing more is asked of the gateway, and nothing sent without one.
    expect(gateway.calls.filter((c) => c.url.startsWith(FILES))).toEqual([]);
    expect(gateway.calls.every((c) => c.authorization === `Bearer ${KEY}`)).toBe(true);
    // The record stays: the task carries on once a key is saved.
    expect(host.stored.has(STORE_KEYS.pendingPrefix + 'fk')).toBe(true);

    // The UI (Figma: it mirrors the sandbox's reports) shows the catalogue's sentence, as it is.
    const transport = new FakeTransport();
    const service = createRemoteTaskService(transport, [task], () => 0);
    let views: readonly TaskView[] = [];
    service.subscribe((v) => (views = v));
    for (const message of host.ofType('task-update')) transport.deliver(message);
    const shown = views.find((v) => v.taskId === 'fk')!;
    expect(shown.phase).toBe('failed');
    expect(errorText(shown.error!)).toBe(NO_KEY);
    // As the key watch does: a key error opens the key panel, with the same sentence.
    expect(isKeyError(shown.error!)).toBe(true);
    let state = appReducer(INITIAL_APP_STATE, { type: 'key-forgotten' });
    state = appReducer(state, { type: 'key-refused', error: shown.error! });
    expect(state).toMatchObject({ keyEditing: true, keyError: NO_KEY });
    // Waiting for a key it has not ended: unsaved, closing would lose it, as with a refused key.
    expect(isAtRiskUnsaved({ ...shown, unsaved: true })).toBe(true);

    host.send({ type: 'save-key', apiKey: KEY });
    await until(() => host.ofType('task-update').at(-1)?.view.phase === 'running');
    expect((await initOf(host)).apiKey).toBe(KEY);
    // This gateway never finishes it: stop following, so no loop outlives the test.
    host.send({ type: 'cancel-task', taskId: 'fk' });
    await until(() => host.ofType('task-update').at(-1)?.view.phase === 'cancelled');
  });

  it('a task resumed with no key saved at all says so too', async () => {
    const gateway = inMemoryGateway(SVG, 0, SANDBOX_GATEWAY);
    const task = makeTask('nk', { createdAt: Date.now() });
    const { host } = await startOn({
      fetch: gateway.fetch,
      storage: { ...SAVED_API, [STORE_KEYS.pendingPrefix + 'nk']: task },
    });
    await until(() => host.ofType('task-update').some((m) => m.view.phase === 'failed'));
    const failed = host.ofType('task-update').find((m) => m.view.phase === 'failed')!.view;
    expect(failed.error).toEqual(userError('no-key'));
    expect(gateway.calls).toEqual([]);
    host.send({ type: 'save-key', apiKey: KEY });
    expect((await host.waitFor('inserted')).taskId).toBe('nk');
  });
});

describe('a sandbox failure nobody foresaw', () => {
  it('a storage write throwing in save-settings reaches the UI as unexpected, saying so, not as insert-failed', async () => {
    const { host } = await startOn({ storage: { [STORE_KEYS.apiKey]: KEY } });
    host.breakStorage((op, key) => op === 'set' && key === STORE_KEYS.settings);
    host.send({ type: 'save-settings', settings: DEFAULT_SETTINGS });
    const { error } = await host.waitFor('error');
    expect(error.code).toBe('unexpected');
    expect(error.code).not.toBe('insert-failed');
    expect(error.message).toMatch(/^Something unexpected went wrong while saving your settings \(/);
    expect(error.message).toMatch(/They may not be kept: try again\.$/);
    expect(error.message).not.toContain(KEY);
    // The UI shows it on its banner as it is.
    const state = appReducer(INITIAL_APP_STATE, { type: 'message', message: { type: 'error', error } });
    expect(state.banner).toBe(error.message);
  });

  it('any other handler failing unforeseen is unexpected "in the plugin"', async () => {
    const { host } = await startOn({ storage: { [STORE_KEYS.apiKey]: KEY } });
    host.breakStorage(() => true);
    host.send({ type: 'dismiss-notice', id: 'n1' });
    const { error } = await host.waitFor('error');
    expect(error.code).toBe('unexpected');
    expect(error.message).toMatch(/^Something unexpected went wrong in the plugin/);
  });
});
