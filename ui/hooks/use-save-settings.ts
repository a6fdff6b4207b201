import { useCallback } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import type { AppAction } from '../state/app-state';
import type { Transport } from '../transport/types';

/** Settings live in the sandbox's per-user storage; the UI mirrors what it saved. */
export function useSaveSettings(transport: Transport, dispatch: (action: AppAction) => void) {
  return useCallback(
    (settings: Settings) => {
      dispatch({ type: 'settings', settings });
      transport.send({ type: 'save-settings', settings });
    },
    [dispatch, transport],
  );
}
