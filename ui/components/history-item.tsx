import type { HistoryEntry } from '../../core/history/types';
import { modelById } from '../../core/models/catalogue';
import type { Thumbnail } from '../../core/protocol/messages';
import { modelName } from '../state/cost';
import { sizeText } from '../state/size';
import { thumbnailSrc } from '../state/thumbnails';
import { whenText } from '../state/when-text';

export interface HistoryItemProps {
  readonly entry: HistoryEntry;
  readonly thumbnail?: Thumbnail;
  readonly onInsert: (entry: HistoryEntry) => void;
  readonly onUsePrompt: (entry: HistoryEntry) => void;
  readonly onDelete: (entry: HistoryEntry) => void;
  readonly onDownload: (entry: HistoryEntry) => void;
}

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
  const insertLabel = notInserted ? 'Try inserting again' : 'Insert again';
  return (
    <li class={notInserted ? 'history-item not-inserted' : 'history-item'}>
      <div class="thumb">
        {src ? <img src={src} alt={entry.prompt} /> : <span class="thumb-empty" aria-hidden="true" />}
      </div>
      <div class="history-body">
        <p class="history-prompt" title={entry.prompt}>
          {entry.prompt}
        </p>
        <p class="muted small">
          {modelName(modelById(entry.model))} · {sizeText(entry.size)} · {whenText(entry.createdAt)}
        </p>
        {notInserted && <p class="error small">Could not be inserted: {entry.notInserted}</p>}
        <div class="row actions">
          <button
            type="button"
            disabled={!entry.cached}
            title={entry.cached ? 'Insert at no cost' : 'No longer cached: use the prompt to generate again'}
            onClick={() => onInsert(entry)}
          >
            {insertLabel}
          </button>
          {entry.cached && (
            <button
              type="button"
              class="secondary"
              title="Save the file as it was downloaded"
              onClick={() => onDownload(entry)}
            >
              Download file
            </button>
          )}
          <button type="button" class="secondary" onClick={() => onUsePrompt(entry)}>
            Use prompt
          </button>
          <button type="button" class="secondary" onClick={() => onDelete(entry)}>
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}
