import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { toolSourceError } from '../../core/api/tool-source';
import type { HistoryEntry } from '../../core/history/types';
import { toolSourceOfEntry } from '../../core/tasks/tool-task';
import type { ToolsState } from '../hooks/use-tools';
import { RasterTools } from './raster-tools';

export interface HistoryToolsValue {
  readonly tools: ToolsState;
  readonly reason?: string;
  readonly now: number;
}

/** Given once by the app, so History's rows offer the tools without every list passing them down. */
export const HistoryToolsContext = createContext<HistoryToolsValue | undefined>(undefined);

/**
 * Remove background and Upscale on a raster History entry while the gateway still holds its file (an entry
 * past that offers nothing: most of History would repeat the same message). The result lands as a new image.
 */
export function HistoryTools({ entry }: { readonly entry: HistoryEntry }) {
  const value = useContext(HistoryToolsContext);
  const source = toolSourceOfEntry(entry);
  if (!value || !source || toolSourceError(source.resultUrl, source.madeAt, value.now)) return null;
  return <RasterTools source={source} tools={value.tools} reason={value.reason} now={value.now} named />;
}
