import { useCallback } from 'preact/hooks';
import { fileNotSentError, fileUnsavableError } from '../../core/api/task-errors';
import type { UserError } from '../../core/api/errors';
import type { HistoryEntry } from '../../core/history/types';
import { RequestTimeoutError } from '../../core/protocol/request';
import { downloadFile } from '../files/download-file';
import type { AppAction } from '../state/app-state';
import type { Transport } from '../transport/types';

/**
 * Download file: asks the sandbox for a History entry's cached file and
 * saves it when it arrives, named after its prompt.
 */
export function useHistoryFiles(
  transport: Transport,
  dispatch: (action: AppAction) => void,
): (entry: HistoryEntry) => void {
  return useCallback(
    (entry: HistoryEntry) => {
      const show = (error: UserError) => dispatch({ type: 'message', message: { type: 'error', error } });
      transport.requestAsync('export-history', { entryId: entry.id }).then(
        (reply) => {
          if (!downloadFile(reply.file, entry.prompt)) show(fileUnsavableError());
        },
        (error: unknown) => {
          // The sandbox's own refusal (no longer cached) is on the banner already: its 'error' reached it.
          if (error instanceof RequestTimeoutError) show(fileNotSentError());
        },
      );
    },
    [transport, dispatch],
  );
}
