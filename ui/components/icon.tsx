/** Paths of the row actions' 16 px icons (stroked, currentColor), drawn once as symbols and used by id. */
const PATHS = {
  x: 'M4 4l8 8M12 4l-8 8',
  stop: 'M5 5h6v6H5z',
  select: 'M3 3l4 10 1.5-4.5L13 7z',
  insert: 'M8 3v10M3 8h10',
  download: 'M8 3v7M5 7l3 3 3-3M3 13h10',
  reuse: 'M3 8a5 5 0 1 0 1.5-3.5M3 3v2.5h2.5',
  trash: 'M3 5h10M6 5V3h4v2M5 5l.5 8h5l.5-8',
  wait: 'M8 3a5 5 0 1 0 0 10A5 5 0 0 0 8 3zM8 5v3l2 1',
  grip: 'M13 7l-6 6M13 11l-2 2',
} as const;

type IconName = keyof typeof PATHS;

/** The symbols, rendered once at the root. */
export function IconSprite() {
  return (
    <svg class="sprite" aria-hidden="true">
      {Object.entries(PATHS).map(([name, d]) => (
        <symbol key={name} id={`i-${name}`} viewBox="0 0 16 16">
          <path d={d} />
        </symbol>
      ))}
    </svg>
  );
}

export interface IconButtonProps {
  readonly icon: IconName;
  /** The accessible name, carrying its subject ("Dismiss 'home icon'"); also the tooltip. */
  readonly label: string;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  readonly describedBy?: string;
  readonly id?: string;
}

/** A row action: an icon, named for what it does and to what. */
export function IconButton({ icon, label, onClick, disabled, describedBy, id }: IconButtonProps) {
  return (
    <button
      id={id}
      type="button"
      class="icon"
      aria-label={label}
      title={label}
      disabled={disabled}
      aria-describedby={describedBy}
      onClick={onClick}
    >
      <svg aria-hidden="true">
        <use href={`#i-${icon}`} />
      </svg>
    </button>
  );
}

/** A row's subject as its actions name it: the prompt, quoted, cut to stay readable. */
export function subject(prompt: string): string {
  const text = prompt.length > 40 ? `${prompt.slice(0, 39)}…` : prompt;
  return `'${text}'`;
}
