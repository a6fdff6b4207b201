/** The document's own plugin data, on Penpot's current file, per plugin. */
import { pluginError } from '../../../core/api/errors';
import { documentUnwritable } from '../../../core/errors/brand';

export async function documentDataAsync(key: string): Promise<string> {
  return penpot.currentFile?.getPluginData(key) ?? '';
}

export async function setDocumentDataAsync(key: string, value: string): Promise<void> {
  const file = penpot.currentFile;
  if (!file) throw pluginError(documentUnwritable);
  file.setPluginData(key, value);
}
