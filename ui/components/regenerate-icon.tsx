import { useId } from 'preact/hooks';
import type { SelectedIcon } from '../../core/protocol/messages';
import { totalCredits } from '../state/cost';

export interface RegenerateIconProps {
  readonly icon: SelectedIcon;
  /** Why it cannot be pressed now (no key, a request being sent). */
  readonly reason?: string;
  readonly onRegenerate: (icon: SelectedIcon) => void;
}

/**
 * A set's icon component is selected: one generation with the set's prompt
 * and look, replacing the component's drawing in place (name, position and
 * instances kept). Its cost is on the button; its name stays the action's. Not a primary
 * button: the footer's Generate is the window's one.
 */
export function RegenerateIcon({ icon, reason, onRegenerate }: RegenerateIconProps) {
  const descriptionId = useId();
  const credits = totalCredits(icon.request.model, 1);
  return (
    <section class="regenerate" aria-label="Selected icon">
      <p id={descriptionId} class="hint">
        Selected: {icon.name}. A new drawing replaces it in place; instances stay linked.
        {reason ? ` ${reason}.` : ''}
      </p>
      <button
        type="button"
        aria-label="Regenerate this icon"
        aria-describedby={descriptionId}
        aria-disabled={reason !== undefined ? true : undefined}
        onClick={() => {
          if (reason === undefined) onRegenerate(icon);
        }}
      >
        Regenerate this icon · {credits} credits
      </button>
    </section>
  );
}
