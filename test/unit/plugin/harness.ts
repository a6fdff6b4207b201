/** Starts the controller on a fake host, ready for messages. */
import type { PendingTask, ResultPayload } from '../../../core/tasks/types';
import { startPlugin } from '../../../plugin/start-plugin';
import { sandboxRunnerFollower } from '../../../plugin/followers/sandbox-runner';
import { storedOnlyFollower } from '../../../plugin/followers/stored-only';
import { FakeHost, type FakeHostOptions } from './fake-host';

export interface Started {
  readonly host: FakeHost;
  /** Moves the controller's clock (a set's start and end times). */
  advance(ms: number): void;
}

export async function startOn(options: FakeHostOptions = {}): Promise<Started> {
  const host = new FakeHost(options);
  let now = 1_800_000_000_000;
  const plugin = startPlugin(host, {
    now: () => now,
    // The fake host runs every wait at once (a runner's schedule); a request to the UI waits for real.
    requestTimer: (fn, ms) => setTimeout(fn, ms),
    // As the entries choose: the sandbox runs tasks where the host gives it a fetch (Figma).
    createFollower: host.fetch ? sandboxRunnerFollower : storedOnlyFollower,
  });
  await plugin.ready;
  return { host, advance: (ms) => void (now += ms) };
}

/** Sends 'ui-ready' and resolves with the 'init' it answers. */
export async function initOf(host: FakeHost) {
  const from = host.messages.length;
  host.send({ type: 'ui-ready' });
  return host.waitFor('init', from);
}

/** Resolves once `condition` holds (checked on each macrotask); the test's timeout bounds it. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}

/** Hands a result over as Penpot's UI does and waits for the answer. */
export async function insert(host: FakeHost, task: PendingTask, result: ResultPayload) {
  const from = host.messages.length;
  host.send({ type: 'insert-result', requestId: `insert-${task.taskId}`, task, result });
  return Promise.race([host.waitFor('inserted', from), host.waitFor('insert-failed', from)]);
}
