import { modelById } from '../../core/models/catalogue';
import type { ChargeNotice } from '../../core/tasks/charge-notices';
import { modelName } from '../state/cost';
import { whenText } from '../state/when-text';

export interface NoticeItemProps {
  readonly notice: ChargeNotice;
  readonly onDismiss: (id: string) => void;
}

/** A request that may have been charged: kept (across closing the plugin) until dismissed. */
export function NoticeItem({ notice, onDismiss }: NoticeItemProps) {
  return (
    <li class="task phase-failed notice">
      <div class="row">
        <span class="task-prompt grow" title={notice.prompt}>
          {notice.prompt}
        </span>
        <span class="elapsed">{whenText(notice.createdAt)}</span>
      </div>
      <div class="row small">
        <span class="phase">May have been charged</span>
        <span class="muted grow">{modelName(modelById(notice.model))}</span>
      </div>
      <p role="alert" class="error">
        {notice.reason}
      </p>
      <div class="row actions">
        <button type="button" class="secondary" onClick={() => onDismiss(notice.id)}>
          Dismiss
        </button>
      </div>
    </li>
  );
}
