/**
 * The gateway's raster tools, beside the model catalogue: each takes an image
 * URL (a result the gateway still holds) and follows the same task model as a
 * generation (GET /tasks/{id}). Routes, model ids and prices live here only.
 *
 * @example
 * toolById('upscale').credits; // 1
 */

export const TOOL_IDS = ['remove-bg', 'upscale'] as const;

export type ToolId = (typeof TOOL_IDS)[number];

export interface ToolInfo {
  readonly id: ToolId;
  /** The button's name. */
  readonly label: string;
  /** The `model` the route takes. */
  readonly model: 'bg-remover' | 'image-upscale';
  /** Under the API base. */
  readonly path: '/images/tools/remove-bg' | '/images/tools/upscale';
  /** Credits charged per image (1 credit is about one US cent). */
  readonly credits: number;
  /** Typical seconds from creation to a finished task; drives the polling schedule. */
  readonly typicalSeconds: number;
}

export const TOOLS: readonly ToolInfo[] = [
  {
    id: 'remove-bg',
    label: 'Remove background',
    model: 'bg-remover',
    path: '/images/tools/remove-bg',
    credits: 1,
    typicalSeconds: 5,
  },
  {
    id: 'upscale',
    label: 'Upscale',
    model: 'image-upscale',
    path: '/images/tools/upscale',
    credits: 1,
    typicalSeconds: 10,
  },
];

export function isToolId(value: unknown): value is ToolId {
  return typeof value === 'string' && (TOOL_IDS as readonly string[]).includes(value);
}

export function toolById(id: ToolId): ToolInfo {
  const tool = TOOLS.find((t) => t.id === id);
  if (!tool) throw new Error(`Unknown tool ${id}`);
  return tool;
}
