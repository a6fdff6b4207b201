import type { HistoryEntry } from '../../core/history/types';
import { modelById } from '../../core/models/catalogue';
import type { Thumbnail } from '../../core/protocol/messages';
import { modelName } from '../state/cost';
import { sizeText } from '../state/size';
import { thumbnailSrc } from '../state/thumbnails';
import { whenText } from '../state/when-text';
import { HistoryTools } from './history-tools';
import { IconButton, subject } from './icon';

export interface HistoryItemProps {
  readonly entry: HistoryEntry;
  readonly thumbnail?: Thumbnail;
  readonly onInsert: (entry: HistoryEntry) => void;
  readonly onUsePrompt: (entry: HistoryEntry) => void;
  readonly onDelete: (entry: HistoryEntry) => void;
  readonly onDownload: (entry: HistoryEntry) => void;
}

export const historyRowId = (entry: HistoryEntry) => `history-${entry.id}`;

export function HistoryItem({
  entry,
  thumbnail,
  onInsert,
  onUsePrompt,
  onDelete,
  onDownload,
}: HistoryItemProps) {
  // Only ever an <img>: an SVG drawn as an image cannot run script in this document.
  const src = thumbnail ? thumbnailSrc(thumbnail) : undefined;
  const notInserted = entry.notInserted !== undefined;
  const what = subject(entry.prompt);
  return (
    <li
      id={historyRowId(entry)}
      tabIndex={-1}
      class={notInserted ? 'history-item not-inserted' : 'history-item'}
    >
      <div class="thumb">{src && <img src={src} alt="" />}</div>
      <div class="history-body">
        <p class="history-prompt" title={entry.prompt}>
          {entry.prompt}
        </p>
        <p class="muted">
          {modelName(modelById(entry.model))} · {sizeText(entry.size)} · {whenText(entry.createdAt)}
        </p>
        {notInserted && <p class="error">Could not be inserted: {entry.notInserted}</p>}
        <HistoryTools entry={entry} />
      </div>
      <div class="actions">
        {entry.cached && (
          <IconButton
            icon="insert"
            label={`${notInserted ? 'Try inserting again' : 'Insert again'} ${what}`}
            onClick={() => onInsert(entry)}
          />
        )}
        {entry.cached && (
          <IconButton icon="download" label={`Download file ${what}`} onClick={() => onDownload(entry)} />
        )}
        <IconButton icon="reuse" label={`Reuse ${what}`} onClick={() => onUsePrompt(entry)} />
        <IconButton icon="trash" label={`Delete ${what}`} onClick={() => onDelete(entry)} />
      </div>
    </li>
  );
}
