/** The host refusing to put a result on the canvas, as an error the UI can show. */
import { causeText, PluginError, pluginError } from '../core/api/errors';
import { insertRefused } from '../core/errors/placing';

/**
 * A call into the host's canvas API failed: the adapter's own error when it
 * gave one (a sentence from the catalogue), else insert-refused with the
 * host's own words. Only for those calls: anything else caught is what
 * asUserError says it is.
 */
export function asInsertFailed(error: unknown): PluginError {
  if (error instanceof PluginError) return error;
  return pluginError(insertRefused, causeText(error));
}
