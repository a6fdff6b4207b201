import { isKeyError, type UserError } from '../../core/api/errors';
import { useCallback, useRef, useState } from 'preact/hooks';
import { createGenerationAsync } from '../../core/api/client';
import type { FetchLike } from '../../core/api/http';
import { newPendingTask } from '../../core/tasks/new-task';
import type { ChargeNotice } from '../../core/tasks/charge-notices';
import type { GenerationRequest, TaskView } from '../../core/tasks/types';
import { generateBatchAsync, skippedNote } from '../state/generate';
import type { TaskService } from '../tasks/types';

export interface GenerateInput {
  readonly apiBase: string;
  readonly apiKey: string;
  readonly request: GenerationRequest;
  readonly count: number;
}

export interface GenerateState {
  readonly sending: boolean;
  readonly note?: string;
  readonly handleGenerateAsync: (input: GenerateInput) => Promise<void>;
}

let sequence = 0;
const localId = () => `local-${Date.now().toString(36)}-${(sequence++).toString(36)}`;

/** One press of Generate; a second press waits until this batch is sent (no double charge by a double click). */
export function useGenerate(
  service: TaskService,
  fetch: FetchLike,
  placeholders: {
    show: (id: string, view: TaskView) => void;
    hide: (id: string) => void;
    remember: (notice: ChargeNotice) => void;
  },
  onKeyRefused: (error: UserError) => void,
  /** Any other failure of a press, with what was sent (a refusal of brand colours offers Retry without). */
  onFailed?: (error: UserError, input: GenerateInput) => void,
): GenerateState {
  const [sending, setSending] = useState(false);
  const [note, setNote] = useState<string | undefined>(undefined);
  const busy = useRef(false);

  const handleGenerateAsync = useCallback(
    async (input: GenerateInput) => {
      if (busy.current) return;
      busy.current = true;
      setSending(true);
      setNote(undefined);
      try {
        const deps = {
          createGenerationAsync,
          newPendingTask,
          fetch,
          now: Date.now,
          newId: localId,
          track: (task: Parameters<TaskService['track']>[0]) => service.track(task),
          ...placeholders,
        };
        const outcome = await generateBatchAsync(deps, input);
        if (outcome.error && isKeyError(outcome.error)) onKeyRefused(outcome.error);
        else if (outcome.error) onFailed?.(outcome.error, input);
        setNote(skippedNote(outcome));
      } finally {
        busy.current = false;
        setSending(false);
      }
    },
    [service, fetch, placeholders, onKeyRefused, onFailed],
  );
  return { sending, note, handleGenerateAsync };
}
