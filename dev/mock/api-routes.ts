/**
 * The gateway's routes: create a generation or a raster tool's task
 * (tool-routes.ts), poll a task, fetch a result file. Each builds an Answer; sending it (or withholding it for a fault) is
 * the server's business.
 */
import { creationBody, taskBody, type Delivery } from './answers';
import { concurrencyRefusal } from './concurrency';
import { errorAnswer, isRecord, jsonAnswer, parseJson, type Answer } from './http-util';
import type { MockState } from './state';
import { durationFor, phaseOf, type MockTask } from './tasks';
import { createToolTask, toolOfPath } from './tool-routes';
import { validateGeneration } from './validate';

export interface ApiRequest {
  readonly method: string;
  /** Without the query. */
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: string;
  readonly now: number;
  /** Scheme and host the client used, for the result URLs. */
  readonly origin: string;
}

const CREATE_PATH = '/api/v1/images/generations';
const TASK_PATH = /^\/api\/v1\/tasks\/([^/]+)$/;
const FILE_PATH = /^\/files\/([0-9a-f]+\.[a-z0-9]+)$/;

function keyOf(state: MockState, authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match && state.balances.has(match[1]!) ? match[1] : undefined;
}

const unauthorized = (): Answer => errorAnswer(401, 'Invalid API key');

function deliveryFor(state: MockState, task: MockTask, request: ApiRequest): Delivery {
  if (task.output === 'vector' && state.vectorDelivery === 'inline') {
    return { svg: state.files.render(task).toString('utf8') };
  }
  return { url: `${request.origin}/files/${state.files.issue(task, request.now)}` };
}

function taskAnswer(state: MockState, task: MockTask, request: ApiRequest): Answer {
  const phase = phaseOf(task, request.now);
  const delivery = phase === 'succeeded' ? deliveryFor(state, task, request) : undefined;
  return jsonAnswer(200, taskBody(state.shape, task, phase, delivery));
}

/** A POST that creates a paid task: the key, then the concurrency limit, before anything is read or charged. */
function creating(state: MockState, request: ApiRequest, make: (key: string) => Answer): Answer {
  const key = keyOf(state, request.authorization);
  if (!key) return unauthorized();
  // Refused before anything is read or charged, as a rate limiter in front of the gateway would.
  const busy = concurrencyRefusal(state.tasks, key, request.now, state.maxConcurrent);
  return busy ?? make(key);
}

function create(state: MockState, request: ApiRequest, key: string): Answer {
  const body = parseJson(request.body);
  if (body === undefined) return errorAnswer(400, 'Request body is not valid JSON');
  // A gateway that does not pass Recraft's own fields through, as the knob makes the mock: nothing charged.
  if (state.rejectControls && isRecord(body) && body.controls !== undefined) {
    return errorAnswer(400, 'Unknown parameter: controls');
  }
  const valid = validateGeneration(body);
  if (typeof valid === 'string') return errorAnswer(400, valid);
  const balance = state.balances.get(key) ?? 0;
  if (balance < valid.model.credits) {
    return errorAnswer(
      402,
      `Insufficient credits: ${valid.model.id} costs ${valid.model.credits} credits, the balance is ${balance}`,
    );
  }
  state.balances.set(key, balance - valid.model.credits);
  const synchronous = state.synchronousModels.includes(valid.model.id);
  const fail = state.takeFailure();
  const task = state.tasks.create({
    request: valid,
    key,
    shape: state.shape,
    now: request.now,
    durationMs: synchronous ? 0 : durationFor(valid.model, state.duration),
    ...(fail === undefined ? {} : { fail }),
  });
  return synchronous ? taskAnswer(state, task, request) : jsonAnswer(200, creationBody(state.shape, task));
}

function poll(state: MockState, request: ApiRequest, id: string): Answer {
  const key = keyOf(state, request.authorization);
  if (!key) return unauthorized();
  let decoded: string;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    return errorAnswer(404, 'Task not found');
  }
  const task = state.tasks.find(decoded, key);
  return task ? taskAnswer(state, task, request) : errorAnswer(404, 'Task not found');
}

export function handleApi(state: MockState, request: ApiRequest): Answer {
  const { method, path } = request;
  const allow = (wanted: string, run: () => Answer): Answer =>
    method === wanted
      ? run()
      : errorAnswer(405, `Method ${method} not allowed`, { Allow: `${wanted}, OPTIONS` });
  if (path === CREATE_PATH)
    return allow('POST', () => creating(state, request, (key) => create(state, request, key)));
  const tool = toolOfPath(path);
  if (tool)
    return allow('POST', () => creating(state, request, (key) => createToolTask(state, request, key, tool)));
  const task = TASK_PATH.exec(path);
  if (task) return allow('GET', () => poll(state, request, task[1]!));
  const file = FILE_PATH.exec(path);
  if (file) return allow('GET', () => state.files.serve(file[1]!, request.now));
  return errorAnswer(404, 'Not found');
}
