import { PluginError } from '../../core/api/errors';
import { TIMEOUTS } from '../../core/api/timeouts';
import type { PendingTask, ResultPayload } from '../../core/tasks/types';
import type { Transport } from '../transport/types';

/**
 * Penpot: hands a finished result to the sandbox, which inserts it through the
 * shared insertion path (and removes the pending record). Resolves with the
 * new node's id; rejects with the sandbox's reason. A sandbox that never
 * answers rejects with a RequestTimeoutError, which the runner reads as "left
 * pending": the record is the sandbox's, and the next open resumes it.
 */
export async function deliverToSandboxAsync(
  transport: Transport,
  task: PendingTask,
  result: ResultPayload,
): Promise<string> {
  const reply = await transport.requestAsync(
    'insert-result',
    { task, result },
    { timeoutMs: TIMEOUTS.fileWorkReplyMs },
  );
  if (reply.type === 'insert-failed') throw new PluginError(reply.error);
  return reply.nodeId;
}
