import { isRunning, isSettled, progressLine } from '../../core/sets/set-record';
import type { IconSetRecord, SetItem } from '../../core/sets/types';
import type { TaskView } from '../../core/tasks/types';
import { useNow } from '../hooks/use-now';
import { focusSoon, setIds } from '../sets/focus';
import { errorText } from '../state/error-text';
import { FOCUS } from '../focus-ids';

export interface SetProgressProps {
  readonly record: IconSetRecord;
  /** The task service's views, by task id: an icon whose task is stalled offers Keep waiting / Stop. */
  readonly views: ReadonlyMap<string, TaskView>;
  readonly onKeepWaiting: (taskId: string) => void;
  readonly onStopTask: (taskId: string) => void;
  readonly onStop: (setId: string) => void;
  readonly onRetry: (setId: string, index: number, variant: number) => void;
  readonly onDismiss: (setId: string) => void;
}

/** An icon's state in words. */
function stateText(item: SetItem, stopped: boolean, stalled: boolean): string {
  switch (item.state) {
    case 'waiting':
      return stopped ? 'Not sent: the set was stopped' : 'Waiting';
    case 'sending':
      return 'Sending';
    case 'accepted':
      return stalled ? 'Generating, taking longer than usual' : 'Generating';
    case 'landed':
      return 'Landed';
    case 'failed':
      return item.error ? `Failed: ${errorText(item.error)}` : 'Failed';
  }
}

/** "home", or "home option 2" when each subject has several variants. */
function itemName(record: IconSetRecord, item: SetItem): string {
  const subject = record.spec.subjects[item.index] ?? '';
  return record.spec.variants > 1 ? `${subject} option ${item.variant}` : subject;
}

/**
 * One set: its status line (kept in view while the panel scrolls) with Stop
 * set, then one line per icon. Only the status line is a live region, and it
 * speaks when an icon changes state, not every second: the ticking clock is
 * shown beside it, hidden from assistive technology.
 */
export function SetProgress(props: SetProgressProps) {
  const { record, views, onStop, onRetry, onDismiss } = props;
  const setId = record.spec.setId;
  const running = isRunning(record);
  const settled = isSettled(record);
  const now = useNow(!settled);
  const headingId = setIds.heading(setId);
  const stop = () => {
    document.getElementById(headingId)?.focus();
    onStop(setId);
  };
  // The item's buttons go once acted on: its line keeps the focus.
  const onItem = (item: SetItem, act: () => void) => {
    document.getElementById(setIds.item(setId, item.index, item.variant))?.focus();
    act();
  };
  const dismiss = () => {
    onDismiss(setId);
    focusSoon(setIds.button, setIds.tab, FOCUS.activityTab);
  };
  return (
    <section class="set" aria-labelledby={headingId}>
      <div class="set-status">
        <h2 id={headingId} tabIndex={-1} class="grow">
          {record.spec.name}
        </h2>
        <p class="progress-line" aria-hidden="true">
          {progressLine(record, now)}
        </p>
        {/* Its status, read on demand; the footer's line is the one live region that speaks (aria-live off). */}
        <p role="status" aria-live="off" class="visually-hidden">
          {progressLine(record)}
        </p>
        {running && (
          <button type="button" class="secondary" onClick={stop}>
            Stop set
          </button>
        )}
        {settled && (
          <button type="button" class="secondary" onClick={dismiss}>
            Dismiss set
          </button>
        )}
      </div>
      <ul class="set-items" aria-label="Icons in the set">
        {record.items.map((item) => {
          const name = itemName(record, item);
          const taskId = item.state === 'accepted' ? item.taskId : undefined;
          const stalled = taskId !== undefined && views.get(taskId)?.phase === 'stalled';
          return (
            <li
              key={`${item.index}:${item.variant}`}
              id={setIds.item(setId, item.index, item.variant)}
              tabIndex={-1}
              aria-label={name}
              class={`set-item state-${item.state}`}
            >
              <span class="set-subject">{name}</span>
              <span class="grow set-state">{stateText(item, record.stopped, stalled)}</span>
              {stalled && taskId && (
                <>
                  <button
                    type="button"
                    class="secondary small"
                    onClick={() => onItem(item, () => props.onKeepWaiting(taskId))}
                  >
                    Keep waiting {name}
                  </button>
                  <button
                    type="button"
                    class="secondary small"
                    onClick={() => onItem(item, () => props.onStopTask(taskId))}
                  >
                    Stop waiting for {name}
                  </button>
                </>
              )}
              {item.state === 'failed' && (
                <button
                  type="button"
                  class="secondary small"
                  onClick={() => onItem(item, () => onRetry(setId, item.index, item.variant))}
                >
                  Retry {name}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
