import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { asUserError, type UserError } from '../../core/api/errors';
import { createGenerationAsync } from '../../core/api/client';
import type { FetchLike } from '../../core/api/http';
import type { PluginMessageOf } from '../../core/protocol/messages';
import type { IconSetRecord, IconSetSpec } from '../../core/sets/types';
import type { ChargeNotice } from '../../core/tasks/charge-notices';
import { newPendingTask } from '../../core/tasks/new-task';
import { SetRunner } from '../sets/set-runner';
import type { TaskService } from '../tasks/types';
import type { Transport } from '../transport/types';

export interface IconSetOptions {
  readonly transport: Transport;
  readonly service: TaskService;
  readonly fetch: FetchLike;
  readonly init: PluginMessageOf<'init'>;
  readonly keyRef: { current: string | null };
  readonly getApiBase: () => string;
  readonly apiKey: string | null;
  readonly remember: (notice: ChargeNotice) => void;
  readonly onKeyRefused: (error: UserError) => void;
  /** The gateway refused a set's brand colours: the option goes off. */
  readonly onControlsRefused: (error: UserError) => void;
  /** A failure not tied to one icon (a set-item the sandbox did not save). */
  readonly onError: (error: UserError) => void;
}

export interface IconSetState {
  /** Every set not dismissed, as the sandbox keeps them. */
  readonly sets: readonly IconSetRecord[];
  /** A press of Generate set is being started. */
  readonly starting: boolean;
  /** Why the last press did not start a set. */
  readonly startError?: string;
  readonly startAsync: (spec: IconSetSpec) => Promise<IconSetRecord | undefined>;
  readonly stop: (setId: string) => void;
  readonly retry: (setId: string, index: number, variant: number) => void;
  readonly dismiss: (setId: string) => void;
}

/** The sets as the sandbox reports them, and the one runner that sends their icons. */
export function useIconSet(options: IconSetOptions): IconSetState {
  const { transport, service, init } = options;
  const [sets, setSets] = useState<readonly IconSetRecord[]>(init.sets);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | undefined>(undefined);
  // The newest callbacks, read by the runner at each use (it lives as long as the app).
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const runner = useMemo(
    () =>
      new SetRunner({
        requestAsync: transport.requestAsync,
        send: (message) => transport.send(message),
        createGenerationAsync,
        newPendingTask,
        fetch: options.fetch,
        now: Date.now,
        setTimer: (wake, ms) => setTimeout(wake, ms),
        clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
        getApiKey: () => latest.current.keyRef.current,
        getApiBase: () => latest.current.getApiBase(),
        track: (task) => service.track(task),
        remember: (notice) => latest.current.remember(notice),
        onKeyRefused: (error) => latest.current.onKeyRefused(error),
        onControlsRefused: (error) => latest.current.onControlsRefused(error),
        onError: (error) => latest.current.onError(error),
      }),
    // One runner for the app's life: its transport, service and fetch never change.
    [],
  );
  // Layout effects: listening before the next message is handled; resumed once, on opening.
  useLayoutEffect(
    () =>
      transport.onMessage((message) => {
        if (message.type !== 'sets' && message.type !== 'init') return;
        setSets(message.sets);
        runner.update(message.sets);
      }),
    [transport, runner],
  );
  useLayoutEffect(() => runner.resume(init.sets), [runner, init]);
  useLayoutEffect(() => service.subscribe((views) => runner.taskViews(views)), [service, runner]);
  // A key saved (again): sets a refused key halted carry on.
  useEffect(() => {
    if (options.apiKey) runner.resumeHalted();
  }, [runner, options.apiKey]);

  const busy = useRef(false);
  const startAsync = useCallback(
    async (spec: IconSetSpec) => {
      if (busy.current) return undefined;
      busy.current = true;
      setStarting(true);
      setStartError(undefined);
      try {
        const record = await runner.startAsync(spec);
        setSets((old) => [...old.filter((s) => s.spec.setId !== record.spec.setId), record]);
        return record;
      } catch (caught) {
        setStartError(asUserError(caught, 'plugin').message);
        return undefined;
      } finally {
        busy.current = false;
        setStarting(false);
      }
    },
    [runner],
  );
  const stop = useCallback((setId: string) => runner.stop(setId), [runner]);
  const retry = useCallback(
    (setId: string, index: number, variant: number) => void runner.retryAsync(setId, index, variant),
    [runner],
  );
  const dismiss = useCallback(
    (setId: string) => {
      runner.dismiss(setId);
      setSets((old) => old.filter((s) => s.spec.setId !== setId));
    },
    [runner],
  );
  return { sets, starting, startError, startAsync, stop, retry, dismiss };
}
