export interface ProgressBarProps {
  /** 0–1, or undefined for an indeterminate bar. */
  readonly value?: number;
  readonly label: string;
}

/** A thin bar; the indeterminate stripe is a CSS transform animation, so ticking costs the main thread nothing. */
export function ProgressBar({ value, label }: ProgressBarProps) {
  const percent = value === undefined ? undefined : Math.round(value * 100);
  return (
    <div
      class={`bar${percent === undefined ? ' indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <span style={percent === undefined ? undefined : { width: `${percent}%` }} />
    </div>
  );
}
