/**
 * The gateway's raster tools: POST /api/v1/images/tools/remove-bg with
 * {"model": "bg-remover", "image": URL} and /upscale with
 * {"model": "image-upscale", "image": URL} (the mock also takes "scale": 2
 * or 4, default 2), 1 credit each, followed as any task. The source is read
 * at creation from the mock's own result files (any host: it is a mock);
 * an unknown or expired URL, or a file that is not a PNG, gives a task that
 * fails with the reason, as a gateway that downloads the image later would.
 */
import { isToolId, toolById, type ToolId, type ToolInfo } from '../../core/models/tools';
import type { ApiRequest } from './api-routes';
import { creationBody } from './answers';
import { errorAnswer, isRecord, jsonAnswer, parseJson, type Answer } from './http-util';
import type { MockState } from './state';
import { toolDurationFor } from './tasks';
import { MAX_TOOL_SIDE, pngSize } from './tool-art';

const TOOL_PATH = /^\/api\/v1\/images\/tools\/([a-z-]+)$/;
const OWN_FILE = /^https?:\/\/[^/?#\s]+\/files\/([0-9a-f]+\.[a-z0-9]+)$/i;
const SCALES = [2, 4];

/** The tool a path names, or undefined for any other path. */
export function toolOfPath(path: string): ToolId | undefined {
  const id = TOOL_PATH.exec(path)?.[1];
  return isToolId(id) ? id : undefined;
}

interface ToolOrder {
  readonly image: string;
  readonly scale: number;
}

function validateTool(tool: ToolInfo, body: unknown): ToolOrder | string {
  if (!isRecord(body)) return 'Request body must be a JSON object';
  if (body.model === undefined || body.model === '') return 'model is required';
  if (body.model !== tool.model) return `model must be "${tool.model}" for ${tool.path}`;
  if (typeof body.image !== 'string' || body.image.trim() === '') return 'image is required';
  if (!/^https?:\/\/\S+$/i.test(body.image)) return 'image must be an http(s) URL';
  const scale = tool.id === 'upscale' ? (body.scale ?? 2) : 1;
  if (tool.id === 'upscale' && !SCALES.includes(scale as number)) return 'scale must be 2 or 4';
  return { image: body.image, scale: scale as number };
}

/** The source image's bytes and size, or why it could not be read (the failed task's reason). */
function sourceOf(
  state: MockState,
  image: string,
  now: number,
): { bytes: Buffer; width: number; height: number } | string {
  const name = OWN_FILE.exec(image)?.[1];
  const answer = name === undefined ? undefined : state.files.serve(name.toLowerCase(), now);
  if (!answer || answer.status !== 200) {
    return 'Source image could not be downloaded: the image URL has expired or is unknown';
  }
  const bytes = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : answer.body;
  const size = pngSize(bytes);
  return size ? { bytes, ...size } : 'Source image could not be read: the file is not a PNG image';
}

export function createToolTask(state: MockState, request: ApiRequest, key: string, id: ToolId): Answer {
  const tool = toolById(id);
  const body = parseJson(request.body);
  if (body === undefined) return errorAnswer(400, 'Request body is not valid JSON');
  const order = validateTool(tool, body);
  if (typeof order === 'string') return errorAnswer(400, order);
  const balance = state.balances.get(key) ?? 0;
  if (balance < tool.credits) {
    return errorAnswer(
      402,
      `Insufficient credits: ${tool.model} costs ${tool.credits} credit, the balance is ${balance}`,
    );
  }
  state.balances.set(key, balance - tool.credits);
  const source = sourceOf(state, order.image, request.now);
  const readable = typeof source === 'string' ? undefined : source;
  const [width, height] = readable ? [readable.width * order.scale, readable.height * order.scale] : [0, 0];
  const tooLarge = Math.max(width, height) > MAX_TOOL_SIDE;
  const fail =
    state.takeFailure() ??
    (typeof source === 'string' ? source : undefined) ??
    (tooLarge ? `The upscaled image would be larger than ${MAX_TOOL_SIDE} px on a side` : undefined);
  const task = state.tasks.createTool({
    tool,
    key,
    shape: state.shape,
    now: request.now,
    durationMs: toolDurationFor(state.duration),
    width,
    height,
    scale: order.scale,
    ...(readable && fail === undefined ? { source: readable.bytes } : {}),
    ...(fail === undefined ? {} : { fail }),
  });
  return jsonAnswer(200, creationBody(state.shape, task));
}
