/** An icon set as the controller tests drive it: the spec, each icon's task, the UI's steps. */
import { iconRequest } from '../../../core/sets/icon-request';
import type { IconSetRecord, IconSetSpec } from '../../../core/sets/types';
import type { PendingTask } from '../../../core/tasks/types';
import type { FakeHost } from './fake-host';
import { DEMO_SET_SUBJECTS } from '../../../dev/demo-set';

export const SUBJECTS = DEMO_SET_SUBJECTS;

/** The same valid spec as the set unit tests': the issue's twelve subjects, 24 px vector icons. */
export { sampleSpec as setSpec } from '../sets/fixtures';

/** The accepted task of the icon at `index` (variant 1), as the UI's queue tracks it. */
export function iconTask(spec: IconSetSpec, index: number, variant = 1): PendingTask {
  const createdAt = 1_700_000_000_000 + index;
  return {
    taskId: `${spec.setId}-t${index}-${variant}`,
    createdAt,
    deadlineAt: createdAt + 60 * 60_000,
    request: iconRequest(spec, { setId: spec.setId, index, variant }),
  };
}

/** Start set, answered with the record. */
export async function startSet(host: FakeHost, spec: IconSetSpec): Promise<IconSetRecord> {
  const from = host.messages.length;
  host.send({ type: 'start-set', requestId: `start-${spec.setId}`, spec });
  return (await host.waitFor('set-started', from)).set;
}

/** What the UI does for one icon: saved sending, POSTed (accepted), tracked. */
export async function sendIcon(host: FakeHost, task: PendingTask): Promise<void> {
  const { target } = task.request;
  if (target.kind !== 'set') throw new Error('a set icon’s task');
  const { setId, index, variant } = target;
  await setItem(host, { setId, index, variant, state: 'sending' });
  const from = host.messages.length;
  host.send({ type: 'track-task', requestId: `track-${task.taskId}`, task });
  await host.waitFor('task-persisted', from);
}

export async function setItem(
  host: FakeHost,
  item: {
    setId: string;
    index: number;
    variant: number;
    state: 'waiting' | 'sending' | 'failed';
    error?: unknown;
  },
): Promise<void> {
  const from = host.messages.length;
  const requestId = `item-${item.setId}-${item.index}-${item.variant}-${from}`;
  host.send({ type: 'set-item', requestId, ...item });
  await Promise.race([host.waitFor('set-saved', from), host.waitFor('error', from)]);
}

/** The latest record of `setId` the UI was sent. */
export function lastRecord(host: FakeHost, setId = 'set-1'): IconSetRecord | undefined {
  return host
    .ofType('sets')
    .at(-1)
    ?.sets.find((s) => s.spec.setId === setId);
}
