import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export type ViewName = 'activity' | 'history';

export interface ViewsProps {
  readonly view: ViewName;
  readonly onView: (view: ViewName) => void;
  readonly counts: Readonly<Record<ViewName, number>>;
  readonly activity: ComponentChildren;
  readonly history: ComponentChildren;
}

const NAMES: readonly { readonly view: ViewName; readonly label: string }[] = [
  { view: 'activity', label: 'Activity' },
  { view: 'history', label: 'History' },
];

const viewTabId = (view: ViewName) => `view-tab-${view}`;

/** Activity and History, each its own view behind a tab with its count (the ARIA tabs pattern). */
export function Views({ view, onView, counts, activity, history }: ViewsProps) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, at: number) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = (at + 1) % NAMES.length;
    onView(NAMES[next]!.view);
    tabs.current[next]?.focus();
  };
  return (
    <section class="views" aria-label="Activity and History">
      <div role="tablist" aria-label="Views" class="tabs">
        {NAMES.map((n, at) => (
          <button
            key={n.view}
            ref={(el) => void (tabs.current[at] = el)}
            type="button"
            role="tab"
            id={viewTabId(n.view)}
            class="tab"
            aria-selected={n.view === view}
            aria-controls={`view-${n.view}`}
            tabIndex={n.view === view ? 0 : -1}
            onClick={() => onView(n.view)}
            onKeyDown={(e) => onKeyDown(e, at)}
          >
            {n.label} <span class="count">{counts[n.view]}</span>
          </button>
        ))}
      </div>
      {NAMES.map((n) => (
        <div
          key={n.view}
          role="tabpanel"
          id={`view-${n.view}`}
          aria-labelledby={viewTabId(n.view)}
          hidden={n.view !== view}
        >
          {/* Only the view shown is rendered: History's rows (and their thumbnails) wait until it is opened. */}
          {n.view === view && (n.view === 'activity' ? activity : history)}
        </div>
      ))}
    </section>
  );
}
