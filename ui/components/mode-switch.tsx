import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { FormMode } from '../state/set-form';

const MODES: readonly { readonly mode: FormMode; readonly label: string }[] = [
  { mode: 'single', label: 'Generate' },
  { mode: 'set', label: 'Icon set' },
];

export interface ModeSwitchProps {
  readonly mode: FormMode;
  readonly onMode: (mode: FormMode) => void;
}

const tabId = (mode: FormMode) => `mode-tab-${mode}`;
const PANEL_ID = 'mode-panel';

/**
 * Single generation or an icon set: a tablist (arrow keys move between the
 * tabs and select, as the ARIA tabs pattern with automatic activation), the
 * selected mode's form in its panel.
 */
export function ModeSwitch({ mode, onMode }: ModeSwitchProps) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (at: number) => {
    const next = MODES[(at + MODES.length) % MODES.length]!;
    onMode(next.mode);
    tabs.current[(at + MODES.length) % MODES.length]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, at: number) => {
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: MODES.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    select(to);
  };
  return (
    <div role="tablist" aria-label="Mode" class="tabs">
      {MODES.map((m, at) => (
        <button
          key={m.mode}
          ref={(el) => void (tabs.current[at] = el)}
          type="button"
          role="tab"
          id={tabId(m.mode)}
          class="tab"
          aria-selected={m.mode === mode}
          aria-controls={PANEL_ID}
          tabIndex={m.mode === mode ? 0 : -1}
          onClick={() => onMode(m.mode)}
          onKeyDown={(e) => onKeyDown(e, at)}
        >
          {m.label}
        </button>
      ))}
    </div>
  );
}

/** The selected mode's form, the tabs' panel (the tabs sit in the header, apart from it). */
export function ModePanel({ mode, children }: { mode: FormMode; children: ComponentChildren }) {
  return (
    <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(mode)}>
      {children}
    </div>
  );
}
