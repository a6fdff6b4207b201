import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { TaskView } from '../../core/tasks/types';
import { mergeViews } from '../state/merge-views';
import type { TaskService } from '../tasks/types';

export interface TasksState {
  readonly list: TaskView[];
  /** Placeholders of POSTs in flight (or failed), keyed by a local id. */
  readonly show: (localId: string, view: TaskView) => void;
  readonly hide: (localId: string) => void;
  readonly handleDismiss: (taskId: string) => void;
}

export function useTasks(service: TaskService): TasksState {
  const [views, setViews] = useState<TaskView[]>([]);
  const [placeholders, setPlaceholders] = useState<ReadonlyMap<string, TaskView>>(new Map());
  // Layout effect: subscribed before any later message event is handled.
  useLayoutEffect(() => service.subscribe(setViews), [service]);

  const show = useCallback((localId: string, view: TaskView) => {
    setPlaceholders((old) => new Map(old).set(localId, view));
  }, []);
  const hide = useCallback((localId: string) => {
    setPlaceholders((old) => {
      const next = new Map(old);
      next.delete(localId);
      return next;
    });
  }, []);
  const handleDismiss = useCallback(
    (taskId: string) => {
      if (placeholders.has(taskId)) hide(taskId);
      else service.dismiss(taskId);
    },
    [placeholders, hide, service],
  );

  const list = useMemo(() => mergeViews(placeholders.values(), views), [placeholders, views]);
  return { list, show, hide, handleDismiss };
}
