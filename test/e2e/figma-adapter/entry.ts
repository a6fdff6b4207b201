/**
 * The Figma host adapter, bundled on its own for playground.runScript: a
 * test's scenario runs in the emulated sandbox with `__adapter.host` (the
 * real adapter over the emulated `figma`) and the fixtures below.
 */
import type { GenerationMeta } from '../../../core/protocol/messages';
import type { IconMeta, SetColour } from '../../../core/sets/types';
import { createFigmaHost } from '../../../plugin/hosts/figma/create-figma-host';

export const host = createFigmaHost();

export function meta(taskId: string): GenerationMeta {
  return {
    prompt: `${taskId} icon, outline`,
    model: 'recraft-v4-text-to-vector',
    size: '1:1',
    taskId,
    createdAt: 1,
  };
}

export function icon(subject: string, index: number, variant = 1, colour?: Partial<SetColour>): IconMeta {
  return {
    setId: 'set-1',
    subject,
    index,
    variant,
    prefix: 'icon',
    iconSize: 24,
    padding: 2,
    colour: { mode: 'keep', mono: '#000000', palette: [], ...colour },
  };
}

/**
 * Two filled squares (one inside a group) and a stroked circle: two colours, so two vectors; and a grouped
 * rectangle that paints nothing, dropped with its group.
 */
export const TWO_COLOUR_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">' +
  '<g><rect width="24" height="24" fill="none"/></g>' +
  '<path d="M2 2h8v8H2z" fill="#111111"/><g transform="translate(1 1)"><path d="M11 11h8v8h-8z" fill="#111111"/></g>' +
  '<circle cx="6" cy="18" r="3" fill="none" stroke="#ff0000"/></svg>';

export const ONE_COLOUR_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">' +
  '<circle cx="12" cy="12" r="8" fill="#222222"/></svg>';

/** A 1 × 1 PNG, base64. */
export const PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
