/**
 * Task answers in the two shapes the gateway publishes. Where the result
 * appears differs on purpose, so clients are exercised on both:
 *
 * envelope: {"code":200,"message":"success","data":{task_id, model, status, created_at, ...}}
 *   status IN_PROGRESS (queued and running) | SUCCESS | FAILED;
 *   result at data.output.svg_url (vector) or data.output.image_url (raster),
 *   inline SVG text at data.output.svg; data.credits_consumed on success; data.error (a string) on failure.
 *
 * flat: {id, model, status, created_at, ...}
 *   status pending (queued) | processing (running) | completed | failed;
 *   result at result.urls[0] (both kinds), inline SVG text at result.svg;
 *   credits on success; error.message on failure.
 */
import type { MockTask, Phase } from './tasks';
import type { ResponseShape } from './types';

/** What a finished task delivers: an URL to its file, or the SVG text itself. */
export type Delivery = { readonly url: string } | { readonly svg: string };

const ENVELOPE_STATUS: Record<Phase, string> = {
  queued: 'IN_PROGRESS',
  running: 'IN_PROGRESS',
  succeeded: 'SUCCESS',
  failed: 'FAILED',
};

const FLAT_STATUS: Record<Phase, string> = {
  queued: 'pending',
  running: 'processing',
  succeeded: 'completed',
  failed: 'failed',
};

const iso = (ms: number): string => new Date(ms).toISOString();

export function creationBody(shape: ResponseShape, task: MockTask): unknown {
  if (shape === 'flat')
    return { id: task.id, status: 'pending', model: task.model, created_at: iso(task.createdAt) };
  return { code: 200, message: 'success', data: { task_id: task.id, status: 'IN_PROGRESS' } };
}

function envelopeOutput(task: MockTask, delivery: Delivery): Record<string, string> {
  if ('svg' in delivery) return { svg: delivery.svg };
  return task.output === 'vector' ? { svg_url: delivery.url } : { image_url: delivery.url };
}

export function taskBody(shape: ResponseShape, task: MockTask, phase: Phase, delivery?: Delivery): unknown {
  const done = phase === 'succeeded' && delivery !== undefined;
  const failed = phase === 'failed';
  if (shape === 'flat') {
    return {
      id: task.id,
      model: task.model,
      status: FLAT_STATUS[phase],
      created_at: iso(task.createdAt),
      ...(done ? { result: 'svg' in delivery ? { svg: delivery.svg } : { urls: [delivery.url] } } : {}),
      ...(done ? { credits: task.credits } : {}),
      ...(failed ? { error: { message: task.fail } } : {}),
    };
  }
  const data = {
    task_id: task.id,
    model: task.model,
    status: ENVELOPE_STATUS[phase],
    created_at: iso(task.createdAt),
    ...(done ? { output: envelopeOutput(task, delivery), credits_consumed: task.credits } : {}),
    ...(failed ? { error: task.fail } : {}),
  };
  return { code: 200, message: 'success', data };
}
