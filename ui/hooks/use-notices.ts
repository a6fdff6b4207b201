import { useCallback, useMemo } from 'preact/hooks';
import type { ChargeNotice } from '../../core/tasks/charge-notices';
import type { AppAction } from '../state/app-state';
import type { Transport } from '../transport/types';

export interface NoticeActions {
  /** Shows the notice now and has the sandbox keep it (it outlives the plugin). */
  readonly remember: (notice: ChargeNotice) => void;
  /** Dismiss: gone from the list and from the sandbox's storage. */
  readonly dismiss: (id: string) => void;
}

/** "May have been charged" notices: shown at once, kept by the sandbox until dismissed. */
export function useNotices(transport: Transport, dispatch: (action: AppAction) => void): NoticeActions {
  const remember = useCallback(
    (notice: ChargeNotice) => {
      dispatch({ type: 'notice-added', notice });
      transport.send({ type: 'save-notice', notice });
    },
    [transport, dispatch],
  );
  const dismiss = useCallback(
    (id: string) => {
      dispatch({ type: 'notice-dismissed', id });
      transport.send({ type: 'dismiss-notice', id });
    },
    [transport, dispatch],
  );
  return useMemo(() => ({ remember, dismiss }), [remember, dismiss]);
}
