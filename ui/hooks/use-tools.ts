import { useCallback, useRef, useState } from 'preact/hooks';
import { isKeyError, type UserError } from '../../core/api/errors';
import type { FetchLike } from '../../core/api/http';
import type { ToolId } from '../../core/models/tools';
import type { ChargeNotice } from '../../core/tasks/charge-notices';
import { startToolTaskAsync } from '../../core/tasks/start-tool';
import type { ToolSource } from '../../core/tasks/tool-task';
import type { TaskService } from '../tasks/types';

/** Which source a tool's press and its failure belong to: a layer's or a History entry's. */
export const toolSourceKey = (source: ToolSource) => source.entryId ?? source.nodeId ?? source.resultUrl;

export interface ToolsDeps {
  readonly fetch: FetchLike;
  readonly service: TaskService;
  readonly apiKey: string | null;
  readonly getApiBase: () => string;
  readonly remember: (notice: ChargeNotice) => void;
  readonly onKeyRefused: (error: UserError) => void;
}

export interface ToolsState {
  /** The source whose tool is being sent (its POST), so a second press waits. */
  readonly sendingKey?: string;
  /** The last press that failed, with its source. */
  readonly failure?: { readonly key: string; readonly message: string };
  readonly runAsync: (tool: ToolId, source: ToolSource) => Promise<void>;
}

let sequence = 0;
const localId = () => `tool-${Date.now().toString(36)}-${(sequence++).toString(36)}`;

/**
 * Remove background and Upscale (1 credit each) on a raster result: started
 * by core/tasks/start-tool.ts (an expired source is refused before anything is
 * sent; one POST, never resent after an ambiguous failure), then the task is
 * the task service's, shown in Activity like any other.
 */
export function useTools(deps: ToolsDeps): ToolsState {
  const [sendingKey, setSendingKey] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<ToolsState['failure']>(undefined);
  const busy = useRef(false);
  const { fetch, service, apiKey, getApiBase, remember, onKeyRefused } = deps;

  const runAsync = useCallback(
    async (tool: ToolId, source: ToolSource) => {
      if (busy.current || !apiKey) return;
      busy.current = true;
      const key = toolSourceKey(source);
      setSendingKey(key);
      setFailure(undefined);
      try {
        const started = await startToolTaskAsync(
          {
            fetch,
            apiBase: getApiBase(),
            apiKey,
            now: Date.now,
            track: (task) => service.track(task),
            remember,
            newId: localId,
          },
          tool,
          source,
        );
        if ('error' in started) {
          if (isKeyError(started.error)) onKeyRefused(started.error);
          else setFailure({ key, message: started.error.message });
        }
      } finally {
        busy.current = false;
        setSendingKey(undefined);
      }
    },
    [fetch, service, apiKey, getApiBase, remember, onKeyRefused],
  );
  return { sendingKey, failure, runAsync };
}
