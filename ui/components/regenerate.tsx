import type { RegenerateOffer } from '../../core/protocol/messages';
import { totalCredits } from '../state/cost';

export interface RegenerateProps {
  readonly offer: RegenerateOffer;
  /** Why it cannot be pressed now (no key, a request being sent). */
  readonly reason?: string;
  readonly onRegenerate: (offer: RegenerateOffer) => void;
}

/**
 * A generated layer is selected: Regenerate sends its settings again, and the result replaces the layer in
 * place (position, size, parent, name); the old result stays in History. Its cost is on the button.
 */
export function Regenerate({ offer, reason, onRegenerate }: RegenerateProps) {
  const credits = totalCredits(offer.request.model, 1);
  return (
    <section class="regenerate" aria-label="Selected layer">
      <p id="regenerate-note" class="muted">
        Selected: {offer.name}. Regenerate replaces it in place with the same settings.
        {reason ? ` ${reason}.` : ''}
      </p>
      <button
        type="button"
        aria-describedby="regenerate-note"
        aria-disabled={reason !== undefined ? true : undefined}
        onClick={() => {
          if (reason === undefined) onRegenerate(offer);
        }}
      >
        Regenerate · {credits} credits
      </button>
    </section>
  );
}
