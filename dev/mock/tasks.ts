/**
 * The tasks the mock has accepted. A task's progress is computed from the
 * clock (queued for the first half of its duration, running for the second,
 * then finished), so no timers run and a closed server leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import type { ModelId, ModelInfo, OutputKind } from '../../core/models/catalogue';
import type { ToolId, ToolInfo } from '../../core/models/tools';
import type { ResponseShape, TaskRecord } from './types';
import type { ValidRequest } from './validate';

export type DurationSetting = number | Partial<Record<ModelId, number>>;

export type Phase = 'queued' | 'running' | 'succeeded' | 'failed';

export interface MockTask extends TaskRecord {
  readonly output: OutputKind;
  readonly width: number;
  readonly height: number;
  readonly credits: number;
  /** A raster tool's work: the source image's bytes (downloaded at creation) and the upscale factor. */
  readonly work?: { readonly tool: ToolId; readonly source: Buffer; readonly scale: number };
}

/** A tool task's input, its source already read (results.ts) and checked (tool-routes.ts). */
export interface ToolTaskInput {
  readonly tool: ToolInfo;
  readonly key: string;
  readonly shape: ResponseShape;
  readonly now: number;
  readonly durationMs: number;
  /** The result's size; 0 when the task fails. */
  readonly width: number;
  readonly height: number;
  readonly source?: Buffer;
  readonly scale: number;
  readonly fail?: string;
}

/** Realistic defaults for the demo: standard models about 10 s, pro 25 s. */
function defaultDurationMs(model: ModelInfo): number {
  return model.tier === 'pro' ? 25_000 : 10_000;
}

export function durationFor(model: ModelInfo, setting: DurationSetting | undefined): number {
  if (typeof setting === 'number') return setting;
  return setting?.[model.id] ?? defaultDurationMs(model);
}

/** Ids look like the gateway's in each shape: "n78..._recraft" wrapped, "task_..." flat. */
function newTaskId(shape: ResponseShape, model?: ModelInfo): string {
  const random = randomBytes(8).toString('hex');
  return shape === 'flat' ? `task_${random}` : `${random}_${model?.family === 'recraft' ? 'recraft' : 'img'}`;
}

/** How long a tool task takes: the set duration when it is one number, else a few seconds. */
export function toolDurationFor(setting: DurationSetting | undefined): number {
  return typeof setting === 'number' ? setting : 3_000;
}

export class TaskBook {
  private readonly byId = new Map<string, MockTask>();

  create(input: {
    request: ValidRequest;
    key: string;
    shape: ResponseShape;
    now: number;
    durationMs: number;
    fail?: string;
  }): MockTask {
    const { request, now } = input;
    const task: MockTask = {
      id: newTaskId(input.shape, request.model),
      model: request.model.id,
      prompt: request.prompt,
      size: request.size,
      key: input.key,
      createdAt: now,
      finishAt: now + Math.max(0, input.durationMs),
      ...(input.fail === undefined ? {} : { fail: input.fail }),
      output: request.model.output,
      width: request.width,
      height: request.height,
      credits: request.model.credits,
    };
    this.byId.set(task.id, task);
    return task;
  }

  createTool(input: ToolTaskInput): MockTask {
    const { tool, now } = input;
    const task: MockTask = {
      id: newTaskId(input.shape),
      model: tool.model,
      tool: tool.id,
      prompt: '',
      size: `${input.width}x${input.height}`,
      key: input.key,
      createdAt: now,
      finishAt: now + Math.max(0, input.durationMs),
      ...(input.fail === undefined ? {} : { fail: input.fail }),
      output: 'raster',
      width: input.width,
      height: input.height,
      credits: tool.credits,
      ...(input.source ? { work: { tool: tool.id, source: input.source, scale: input.scale } } : {}),
    };
    this.byId.set(task.id, task);
    return task;
  }

  /** A task is only visible to the key that created it: others get the same 404 as an unknown id. */
  find(id: string, key: string): MockTask | undefined {
    const task = this.byId.get(id);
    return task && task.key === key ? task : undefined;
  }

  list(): readonly MockTask[] {
    return [...this.byId.values()];
  }

  /** The key's tasks still queued or running at `now` (what a concurrency limit counts). */
  unfinished(key: string, now: number): readonly MockTask[] {
    return this.list().filter((task) => task.key === key && now < task.finishAt);
  }

  clear(): void {
    this.byId.clear();
  }
}

export function phaseOf(task: MockTask, now: number): Phase {
  if (now >= task.finishAt) return task.fail === undefined ? 'succeeded' : 'failed';
  const half = task.createdAt + (task.finishAt - task.createdAt) / 2;
  return now < half ? 'queued' : 'running';
}
