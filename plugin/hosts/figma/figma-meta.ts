/** Plugin data and the relaunch button on a generated node (never the key). */
import type { GenerationMeta } from '../../../core/protocol/messages';
import { META_KEY, encodeMeta } from '../../generation-meta';
import { RELAUNCH_COMMAND } from '../../relaunch-command';

export function markGenerated(node: SceneNode, meta: GenerationMeta): void {
  node.setPluginData(META_KEY, encodeMeta(meta));
  node.setRelaunchData({ [RELAUNCH_COMMAND]: 'Open Recraft with this prompt' });
}
