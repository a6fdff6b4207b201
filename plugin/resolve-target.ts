/**
 * Where a result goes, decided again at insertion: the frame or shape chosen
 * when Generate was pressed may have been deleted (or changed) since, and
 * then the result goes to the viewport rather than failing.
 */
import type { InsertTarget, ResultPayload } from '../core/tasks/types';
import type { Host, NodeAbilities } from './hosts/host';

export type ResolvedTarget =
  | { readonly kind: 'viewport' }
  | { readonly kind: 'inside'; readonly nodeId: string }
  | { readonly kind: 'fill'; readonly nodeId: string };

const VIEWPORT: ResolvedTarget = { kind: 'viewport' };

export async function resolveTargetAsync(
  host: Host,
  target: InsertTarget | undefined,
  kind: ResultPayload['kind'],
): Promise<ResolvedTarget> {
  if (!target || target.kind === 'viewport' || typeof target.nodeId !== 'string') return VIEWPORT;
  const node = await findAsync(host, target.nodeId);
  if (target.kind === 'inside' && node?.canContain) return { kind: 'inside', nodeId: target.nodeId };
  // Only an image can become a fill; an SVG meant for a shape's fill lands in the view.
  if (target.kind === 'fill' && kind === 'image' && node?.canFill)
    return { kind: 'fill', nodeId: target.nodeId };
  return VIEWPORT;
}

async function findAsync(host: Host, nodeId: string): Promise<NodeAbilities | undefined> {
  try {
    return await host.findNodeAsync(nodeId);
  } catch {
    return undefined;
  }
}
