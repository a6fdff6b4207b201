import { isSettled } from '../../core/sets/set-record';
import type { IconSetRecord } from '../../core/sets/types';
import type { TaskView } from '../../core/tasks/types';
import { useNow } from '../hooks/use-now';
import { runLine, runSummary, setLine } from '../state/activity';

export interface StatusLineProps {
  /** Single tasks (a set's icons are told by its own line). */
  readonly views: readonly TaskView[];
  readonly sets: readonly IconSetRecord[];
  /** Credits the gateway accepted tasks for since the plugin opened. */
  readonly spent: number;
  readonly onStopAll: () => void;
}

/**
 * The footer's one line of progress, in view whatever scrolls: the visible line ticks with a clock,
 * hidden from assistive technology; the one polite live region beside it speaks only when a count
 * changes.
 */
export function StatusLine({ views, sets, spent, onStopAll }: StatusLineProps) {
  const run = runSummary(views);
  const running = sets.filter((record) => !isSettled(record));
  const now = useNow(!!run || running.length > 0);
  const shown = [...running.map((r) => setLine(r, now)), ...(run ? [runLine(run, now)] : [])];
  const spoken = [...running.map((r) => setLine(r)), ...(run ? [runLine(run)] : [])].join('. ');
  return (
    <div class="status">
      <p class="status-line grow" aria-hidden="true">
        {shown.join(' · ') || (spent ? `${spent} credits spent this session` : 'Ready')}
      </p>
      <p role="status" class="visually-hidden">
        {spoken}
      </p>
      {run && (
        <button type="button" class="link" onClick={onStopAll}>
          Stop all
        </button>
      )}
    </div>
  );
}
