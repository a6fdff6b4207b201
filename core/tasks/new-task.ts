/**
 * A PendingTask for a generation the gateway accepted, with the deadline its
 * model's typical duration implies.
 */
import { modelById } from '../models/catalogue';
import type { GenerationRequest, PendingTask, TaskSnapshot } from './types';
import { deadlineMs } from './schedule';

export interface Created {
  readonly taskId: string;
  readonly immediate?: TaskSnapshot;
}

/** `typicalSeconds`: how long the work usually takes (the model's, unless a tool's is given). */
export function newPendingTask(
  created: Created,
  request: GenerationRequest,
  now: number,
  typicalSeconds = modelById(request.model).typicalSeconds,
): PendingTask {
  const typicalMs = typicalSeconds * 1000;
  const task: PendingTask = {
    taskId: created.taskId,
    request,
    createdAt: now,
    deadlineAt: now + deadlineMs(typicalMs),
  };
  return created.immediate ? { ...task, immediate: created.immediate } : task;
}
