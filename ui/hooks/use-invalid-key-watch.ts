import { useEffect, useRef } from 'preact/hooks';
import { isKeyError, type UserError } from '../../core/api/errors';
import type { TaskView } from '../../core/tasks/types';

/** A poll refused for its key, or made without one (Forget key), opens the key panel once per task, as a refused POST does. */
export function useInvalidKeyWatch(
  views: readonly TaskView[],
  onKeyRefused: (error: UserError) => void,
): void {
  const seen = useRef(new Set<string>());
  useEffect(() => {
    for (const view of views) {
      if (!view.error || !isKeyError(view.error) || seen.current.has(view.taskId)) continue;
      seen.current.add(view.taskId);
      onKeyRefused(view.error);
    }
  }, [views, onKeyRefused]);
}
