import { useId } from 'preact/hooks';
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
 * place (position, size, parent, name); the old result stays in History. For a set's icon component (its
 * replace target carries the icon's meta) the set's look is sent and the component's drawing is replaced,
 * its instances staying linked: "Regenerate this icon". Its cost is on the button; not a primary button
 * (the footer's Generate is the window's one).
 */
export function Regenerate({ offer, reason, onRegenerate }: RegenerateProps) {
  const descriptionId = useId();
  const credits = totalCredits(offer.request.model, 1);
  const target = offer.request.target;
  const icon = target.kind === 'replace' && target.icon !== undefined;
  const action = icon ? 'Regenerate this icon' : 'Regenerate';
  return (
    <section class="regenerate" aria-label={icon ? 'Selected icon' : 'Selected layer'}>
      <p id={descriptionId} class="hint">
        Selected: {offer.name}.{' '}
        {icon
          ? 'A new drawing replaces it in place; instances stay linked.'
          : 'Regenerate replaces it in place with the same settings.'}
        {reason ? ` ${reason}.` : ''}
      </p>
      <button
        type="button"
        // An icon's action keeps its name whatever the cost reads (the tests and assistive technology find it so).
        aria-label={icon ? action : undefined}
        aria-describedby={descriptionId}
        aria-disabled={reason !== undefined ? true : undefined}
        onClick={() => {
          if (reason === undefined) onRegenerate(offer);
        }}
      >
        {action} · {credits} credits
      </button>
    </section>
  );
}
