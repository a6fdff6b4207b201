/** Plugin data and the relaunch button on a generated node (never the key); a set icon's meta read back. */
import type { GenerationMeta } from '../../../core/protocol/messages';
import type { IconMeta } from '../../../core/sets/types';
import { META_KEY, decodeMeta, encodeMeta } from '../../generation-meta';
import { RELAUNCH_COMMAND } from '../../relaunch-command';

export function markGenerated(node: SceneNode, meta: GenerationMeta): void {
  node.setPluginData(META_KEY, encodeMeta(meta));
  node.setRelaunchData({ [RELAUNCH_COMMAND]: 'Open Recraft with this prompt' });
}

/** The set icon a node is (a component, or a subject's component set), from its meta. */
export function iconMetaOf(node: BaseNode): IconMeta | undefined {
  return decodeMeta(node.getPluginData(META_KEY))?.icon;
}
