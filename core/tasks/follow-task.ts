/**
 * One run of following a task: poll until it finishes, download the result,
 * deliver it. The runner owns the bookkeeping (views, store, stop tokens);
 * this is the path a single task takes.
 */
import { asUserError, isKeyError, PluginError, timeoutError, type UserError } from '../api/errors';
import { getTaskAsync } from '../api/client';
import { fetchResultAsync, resultUrlOf } from '../api/fetch-result';
import { insertPendingError, taskFailedError } from '../api/task-errors';
import { toolFailedError } from '../api/tool-source';
import { modelById } from '../models/catalogue';
import {
  newPollState,
  pollUntilFinishedAsync,
  TRANSIENT_CODES,
  type PollDeps,
  type PollState,
} from './poll-loop';
import { isGivenUp } from './delivery-attempts';
import type { TaskRunnerOptions } from './runner-types';
import { STOPPED, type StopToken } from './stop-token';
import type { PendingTask, ResultPayload, TaskSnapshot, TaskView } from './types';

/** What a run sees of its task's bookkeeping. */
export interface RunContext {
  readonly task: PendingTask;
  readonly token: StopToken;
  readonly options: TaskRunnerOptions;
  view(): TaskView;
  update(patch: Partial<TaskView>): void;
  /** Ends the task with a reason, removing its record unless `keepRecord`. */
  endAsync(error: UserError, keepRecord?: boolean): Promise<void>;
}

export async function runTaskAsync(run: RunContext): Promise<void> {
  const state = newPollState();
  for (;;) {
    const outcome = await pollUntilFinishedAsync(run.task, pollDeps(run), state);
    if (outcome.kind === 'stopped') return;
    if (outcome.kind === 'stalled') {
      const waited = run.options.clock.now() - run.task.createdAt;
      return run.update({ phase: 'stalled', error: timeoutError(waited) });
    }
    // A refused key, or none (forgotten), keeps the record: once a key is saved, resume picks the task up again.
    if (outcome.kind === 'ended') return run.endAsync(outcome.error, isKeyError(outcome.error));
    if (outcome.snapshot.status === 'failed') {
      // A tool's failure about its source image reads plainly: the gateway no longer has the file.
      const failed = run.task.tool ? toolFailedError : taskFailedError;
      return run.endAsync(failed(outcome.snapshot.error, run.options.getApiKey()));
    }
    const result = await fetchAsync(run, outcome.snapshot, state);
    if (result === STOPPED) return;
    if (result !== 'retry') return deliverAsync(run, handedOver(run.task, outcome.snapshot), result);
  }
}

function pollDeps(run: RunContext): PollDeps {
  const { clock, fetch } = run.options;
  return {
    clock,
    random: run.options.random ?? Math.random,
    token: run.token,
    getTask: async () => {
      if (run.task.immediate) return run.task.immediate;
      const apiBase = await run.options.getApiBase();
      const apiKey = run.options.getApiKey() ?? '';
      return getTaskAsync({ fetch, clock, apiBase, apiKey, taskId: run.task.taskId });
    },
    onPoll: (snapshot: TaskSnapshot | undefined) => {
      const view = run.view();
      const phase =
        snapshot?.status === 'queued' || snapshot?.status === 'running' ? snapshot.status : view.phase;
      run.update({ phase, polls: view.polls + 1, credits: snapshot?.credits ?? view.credits });
    },
  };
}

/** The result, 'retry' after a transient fault (the loop polls again, backing off), or STOPPED. */
async function fetchAsync(run: RunContext, snapshot: TaskSnapshot, state: PollState) {
  run.update({ phase: 'fetching', credits: snapshot.credits ?? run.view().credits });
  const output = modelById(run.task.request.model).output;
  const { fetch, clock } = run.options;
  try {
    // The download retries passing faults itself (with the runner's jitter), and ends with the run.
    const options = { clock, random: run.options.random, stopped: () => run.token.stopped };
    return await run.token.race(fetchResultAsync(fetch, snapshot, output, options));
  } catch (error) {
    if (run.token.stopped) return STOPPED;
    const userError = asUserError(error, 'reading-result');
    // The file may come back (URLs live about a day): keep the record and try again later.
    if (TRANSIENT_CODES.has(userError.code)) {
      state.faults += 1;
      return 'retry' as const;
    }
    await run.endAsync(userError);
    return STOPPED;
  }
}

/**
 * The task as handed over: a raster result keeps its file's URL at the gateway and when it was made at the
 * latest (the task's acceptance), so Remove background and Upscale can work on it while the gateway keeps
 * the file (core/api/tool-source.ts). Never anything of the key.
 */
function handedOver(task: PendingTask, snapshot: TaskSnapshot): PendingTask {
  const output = modelById(task.request.model).output;
  const resultUrl = output === 'raster' ? resultUrlOf(snapshot, output) : undefined;
  return resultUrl ? { ...task, resultUrl, madeAt: task.createdAt } : task;
}

async function deliverAsync(run: RunContext, task: PendingTask, result: ResultPayload): Promise<void> {
  // A task whose attempts ran out is not inserted again: the hand-over only keeps its file in History.
  if (!isGivenUp(task)) run.update({ phase: 'inserting' });
  try {
    // Not raced against the token: once insertion starts it finishes, and deliver settles the record.
    const nodeId = await run.options.deliver(task, result);
    run.update({ phase: 'done', nodeId, error: undefined });
  } catch (error) {
    // The insertion path owns the record once it has the result: it removed it when History holds the
    // file, and left it when not (insert-pending), or when it failed without explaining (a plugin
    // closing mid-insert). Either way the runner leaves the record alone.
    await run.endAsync(error instanceof PluginError ? error.error : insertPendingError(), true);
  }
}
