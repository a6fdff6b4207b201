import { useCallback } from 'preact/hooks';
import type { UserError } from '../../core/api/errors';
import type { AppAction } from '../state/app-state';
import type { TaskService } from '../tasks/types';
import type { Transport } from '../transport/types';

export interface KeyActions {
  readonly handleSaveKey: (apiKey: string) => void;
  readonly handleForgetKey: () => void;
  readonly handleEditKey: (editing: boolean) => void;
  readonly handleKeyRefused: (error: UserError) => void;
}

/** The key goes to the sandbox's storage; the UI keeps it in memory only to call the API. */
export function useKeyActions(
  transport: Transport,
  service: TaskService,
  dispatch: (action: AppAction) => void,
  keyRef: { current: string | null },
): KeyActions {
  const handleKeyRefused = useCallback(
    (error: UserError) => dispatch({ type: 'key-refused', error }),
    [dispatch],
  );
  const handleSaveKey = (apiKey: string) => {
    transport.send({ type: 'save-key', apiKey });
    dispatch({ type: 'key-saved', apiKey });
    keyRef.current = apiKey;
    // Tasks stopped by a refused key carry on with the new one.
    service.resume();
  };
  const handleForgetKey = () => {
    transport.send({ type: 'forget-key' });
    dispatch({ type: 'key-forgotten' });
  };
  const handleEditKey = (editing: boolean) => dispatch({ type: 'key-editing', editing });
  return { handleSaveKey, handleForgetKey, handleEditKey, handleKeyRefused };
}
