import { PluginError } from '../../core/api/errors';
import type { PendingTask, ResultPayload } from '../../core/tasks/types';
import type { Transport } from '../transport/types';
import { waitForMessageAsync } from '../transport/wait-for';

/**
 * Penpot: hands a finished result to the sandbox, which inserts it through the
 * shared insertion path (and removes the pending record). Resolves with the
 * new node's id; rejects with the sandbox's reason.
 */
export function deliverToSandboxAsync(
  transport: Transport,
  task: PendingTask,
  result: ResultPayload,
): Promise<string> {
  const answer = waitForMessageAsync(transport, (m) => {
    if (m.type === 'inserted' && m.taskId === task.taskId) return m.nodeId;
    if (m.type === 'insert-failed' && m.taskId === task.taskId) throw new PluginError(m.error);
    return undefined;
  });
  transport.send({ type: 'insert-result', task, result });
  return answer;
}
