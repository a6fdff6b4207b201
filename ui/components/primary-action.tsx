import type { ComponentChildren } from 'preact';

export interface PrimaryActionProps {
  readonly id: string;
  readonly label: string;
  /** Why it does nothing now, shown under it; undefined when it can be pressed. */
  readonly reason?: string;
  /** A form-level outcome of the last press (e.g. the rest of a batch not requested). */
  readonly note?: ComponentChildren;
  /** The key shortcut shown on the button and told to assistive technology. */
  readonly shortcut?: { readonly keys: string; readonly shown: string };
  readonly onPress: () => void;
}

/**
 * The footer's one primary button. Never `disabled`: a disabled button drops the focus (to the body)
 * and cannot say why; aria-disabled keeps it focusable, the reason read with it, and a press does nothing.
 */
export function PrimaryAction({ id, label, reason, note, shortcut, onPress }: PrimaryActionProps) {
  const reasonId = `${id}-reason`;
  return (
    <div class="generate">
      <button
        id={id}
        type="button"
        class="primary"
        aria-disabled={reason !== undefined ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        aria-keyshortcuts={shortcut?.keys}
        onClick={() => {
          if (reason === undefined) onPress();
        }}
      >
        {label}
        {shortcut && (
          <kbd class="kbd" aria-hidden="true">
            {shortcut.shown}
          </kbd>
        )}
      </button>
      {reason && (
        <p id={reasonId} class="muted">
          {reason}
        </p>
      )}
      {note}
    </div>
  );
}
