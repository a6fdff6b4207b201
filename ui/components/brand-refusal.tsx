import type { ControlsRefusal } from '../hooks/use-brand-kit';

export interface BrandRefusalProps {
  readonly refusal: ControlsRefusal;
  /** Sends the same press again without brand colours (the option is already off). */
  readonly onRetry: (refusal: ControlsRefusal) => void;
}

/** The gateway refused the brand colours: its plain sentence, and the same press again without them. */
export function BrandRefusal({ refusal, onRetry }: BrandRefusalProps) {
  return (
    <div class="brand-refusal">
      <p role="alert" class="error">
        {refusal.message}
      </p>
      <button type="button" class="secondary" onClick={() => onRetry(refusal)}>
        Retry without brand colours
      </button>
    </div>
  );
}
