import { modelById } from '../../core/models/catalogue';
import type { ChargeNotice } from '../../core/tasks/charge-notices';
import { modelName } from '../state/cost';
import { whenText } from '../state/when-text';
import { IconButton, subject } from './icon';

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
        <div class="actions">
          <IconButton
            icon="x"
            label={`Dismiss ${subject(notice.prompt)}`}
            onClick={() => onDismiss(notice.id)}
          />
        </div>
      </div>
      <div class="row muted">
        <span class="phase">May have been charged</span>
        <span class="grow">{modelName(modelById(notice.model))}</span>
        <span class="elapsed">{whenText(notice.createdAt)}</span>
      </div>
      <p role="alert" class="error">
        {notice.reason}
      </p>
    </li>
  );
}
