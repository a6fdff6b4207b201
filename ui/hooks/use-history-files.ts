import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';
import { fileUnsavableError } from '../../core/api/task-errors';
import type { HistoryEntry } from '../../core/history/types';
import { downloadFile } from '../files/download-file';
import type { AppAction } from '../state/app-state';
import type { Transport } from '../transport/types';

/**
 * Download file: asks the sandbox for a History entry's cached file and
 * saves it when it arrives ('history-file'), named after its prompt.
 */
export function useHistoryFiles(
  transport: Transport,
  history: readonly HistoryEntry[],
  dispatch: (action: AppAction) => void,
): (entry: HistoryEntry) => void {
  const entries = useRef(history);
  entries.current = history;
  useLayoutEffect(
    () =>
      transport.onMessage((message) => {
        if (message.type !== 'history-file') return;
        const entry = entries.current.find((e) => e.id === message.file.entryId);
        if (!entry) return;
        if (!downloadFile(message.file, entry.prompt)) {
          dispatch({ type: 'message', message: { type: 'error', error: fileUnsavableError() } });
        }
      }),
    [transport, dispatch],
  );
  return useCallback(
    (entry: HistoryEntry) => transport.send({ type: 'export-history', entryId: entry.id }),
    [transport],
  );
}
