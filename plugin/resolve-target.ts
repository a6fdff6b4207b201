/**
 * Where a result goes, decided again at insertion: the frame, shape or
 * component chosen when Generate was pressed may have been deleted (or
 * changed) since, and then the result goes to the view rather than failing.
 * A set's icon is only passed on here: its set record decides
 * (plugin/sets/place-icon.ts).
 */
import type { InsertTarget, ResultPayload } from '../core/tasks/types';
import type { Host, NodeAbilities } from './hosts/host';

type SetTarget = Extract<InsertTarget, { kind: 'set' }>;
type ReplaceTarget = Extract<InsertTarget, { kind: 'replace' }>;

export type ResolvedTarget =
  | { readonly kind: 'viewport' }
  | { readonly kind: 'inside'; readonly nodeId: string }
  | { readonly kind: 'fill'; readonly nodeId: string }
  | SetTarget
  | ReplaceTarget;

const VIEWPORT: ResolvedTarget = { kind: 'viewport' };

export async function resolveTargetAsync(
  host: Host,
  target: InsertTarget | undefined,
  kind: ResultPayload['kind'],
): Promise<ResolvedTarget> {
  if (!target || target.kind === 'viewport') return VIEWPORT;
  if (target.kind === 'set') return target;
  if (typeof target.nodeId !== 'string') return VIEWPORT;
  const node = await findAsync(host, target.nodeId);
  if (target.kind === 'inside' && node?.canContain) return { kind: 'inside', nodeId: target.nodeId };
  // Only an image can become a fill; an SVG meant for a shape's fill lands in the view.
  if (target.kind === 'fill' && kind === 'image' && node?.canFill)
    return { kind: 'fill', nodeId: target.nodeId };
  // Regenerate this icon: the component deleted meanwhile, the new drawing lands in the view instead.
  if (target.kind === 'replace' && node) return target;
  return VIEWPORT;
}

async function findAsync(host: Host, nodeId: string): Promise<NodeAbilities | undefined> {
  try {
    return await host.findNodeAsync(nodeId);
  } catch {
    return undefined;
  }
}
