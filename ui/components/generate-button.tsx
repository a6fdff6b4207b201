export interface GenerateButtonProps {
  readonly label: string;
  /** Why it cannot be pressed, shown beside it; undefined when it can. */
  readonly reason?: string;
  /** A form-level outcome of the last press (e.g. the rest of a batch not requested). */
  readonly note?: string;
  readonly onGenerate: () => void;
}

export function GenerateButton({ label, reason, note, onGenerate }: GenerateButtonProps) {
  return (
    <div class="generate">
      <button
        type="button"
        class="primary"
        disabled={reason !== undefined}
        aria-describedby={reason ? 'generate-reason' : undefined}
        onClick={onGenerate}
      >
        {label}
      </button>
      {reason && (
        <p id="generate-reason" class="hint">
          {reason}
        </p>
      )}
      {note && (
        <p role="alert" class="error">
          {note}
        </p>
      )}
    </div>
  );
}
