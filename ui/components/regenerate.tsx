import type { GenerationMeta } from '../../core/protocol/messages';

export interface RegenerateProps {
  readonly meta: GenerationMeta;
  readonly onRegenerate: (meta: GenerationMeta) => void;
}

/** Offered when the selected node was made by this plugin (Penpot has no relaunch buttons). */
export function Regenerate({ meta, onRegenerate }: RegenerateProps) {
  return (
    <div class="regenerate row">
      <span class="hint grow" title={meta.prompt}>
        Selected: made from "{meta.prompt.slice(0, 60)}"
      </span>
      <button type="button" class="secondary" onClick={() => onRegenerate(meta)}>
        Regenerate
      </button>
    </div>
  );
}
