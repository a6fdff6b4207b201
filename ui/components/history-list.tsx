import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { atDeadline } from '../../core/deadline-timer';
import { HISTORY_UNDO_MS } from '../../core/history/trash';
import type { HistoryEntry } from '../../core/history/types';
import type { Thumbnail } from '../../core/protocol/messages';
import { focusSoon } from '../sets/focus';
import { thumbnailsToRequest } from '../state/thumbnails';
import { HistoryItem, historyRowId } from './history-item';
import { subject } from './icon';

export interface HistoryListProps {
  readonly history: readonly HistoryEntry[];
  readonly thumbnails: Readonly<Record<string, Thumbnail>>;
  readonly onRequestThumbnails: (entryIds: string[]) => void;
  readonly onInsert: (entry: HistoryEntry) => void;
  readonly onUsePrompt: (entry: HistoryEntry) => void;
  readonly onDelete: (entry: HistoryEntry) => void;
  /** Lists a deleted entry again, within HISTORY_UNDO_MS of its delete. */
  readonly onUndoDelete: (entry: HistoryEntry) => void;
  readonly onDownload: (entry: HistoryEntry) => void;
  /** Where focus goes when the last entry is deleted. */
  readonly fallbackFocus: string;
}

const PAGE = 8;

const undoId = (entry: HistoryEntry) => `undo-${entry.id}`;

/**
 * Recent results, newest first as the sandbox keeps them (core/history/history.ts,
 * the one place that orders them); thumbnails are asked for only for the entries on screen.
 */
export function HistoryList(props: HistoryListProps) {
  const [limit, setLimit] = useState(PAGE);
  // Deleted, and still within the sandbox's undo window (core/history/trash.ts).
  const [deleted, setDeleted] = useState<readonly HistoryEntry[]>([]);
  const forget = (entry: HistoryEntry) => setDeleted((list) => list.filter((e) => e.id !== entry.id));
  const requested = useRef(new Set<string>());
  const shown = props.history.slice(0, limit);

  useEffect(() => {
    const ids = thumbnailsToRequest(shown, props.thumbnails, requested.current);
    if (!ids.length) return;
    for (const id of ids) requested.current.add(id);
    props.onRequestThumbnails(ids);
  });

  const remove = (entry: HistoryEntry) => {
    const at = shown.indexOf(entry);
    const next = shown[at + 1] ?? shown[at - 1];
    focusSoon(...(next ? [historyRowId(next)] : []), props.fallbackFocus);
    props.onDelete(entry);
    setDeleted((list) => [...list, entry]);
    atDeadline(
      (fn, ms) => setTimeout(fn, ms),
      Date.now,
      Date.now() + HISTORY_UNDO_MS,
      () => {
        // Its Undo goes: focus on it moves to the view's tab first.
        if (document.activeElement?.id === undoId(entry)) focusSoon(props.fallbackFocus);
        forget(entry);
      },
    );
  };
  // An undone entry comes back with the sandbox's next 'history': focus waits for its row (the tab meanwhile).
  const arriving = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const row = arriving.current && document.getElementById(arriving.current);
    if (!row) return;
    arriving.current = undefined;
    row.focus();
  });
  const undo = (entry: HistoryEntry) => {
    // Now, not soon: a later try would take the focus back from the row if it came back first.
    document.getElementById(props.fallbackFocus)?.focus();
    arriving.current = historyRowId(entry);
    forget(entry);
    props.onUndoDelete(entry);
  };
  const undoLines = deleted.map((entry) => (
    <p key={entry.id} class="row muted">
      <span class="grow history-prompt">Deleted {subject(entry.prompt)}</span>
      <button
        id={undoId(entry)}
        type="button"
        class="link"
        aria-label={`Undo delete ${subject(entry.prompt)}`}
        onClick={() => undo(entry)}
      >
        Undo
      </button>
    </p>
  ));

  if (!props.history.length)
    return (
      <>
        {undoLines}
        <p class="empty muted">No results yet.</p>
      </>
    );
  return (
    <>
      {undoLines}
      <ul class="history" aria-label="History">
        {shown.map((entry) => (
          <HistoryItem
            key={entry.id}
            entry={entry}
            thumbnail={props.thumbnails[entry.id]}
            onInsert={props.onInsert}
            onUsePrompt={props.onUsePrompt}
            onDelete={remove}
            onDownload={props.onDownload}
          />
        ))}
      </ul>
      {props.history.length > limit && (
        <button type="button" class="link" onClick={() => setLimit(limit + PAGE)}>
          Show more ({props.history.length - limit})
        </button>
      )}
    </>
  );
}
