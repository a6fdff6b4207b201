/**
 * What a raster tool is given: the gateway's own URL of a result, while the
 * gateway still holds the file (about 24 hours). The body is the documented
 * one, `{model, image}`; a URL that is not a plain absolute http(s) address
 * is never sent (it could only fail, and a tool costs a credit).
 */
import { toolImageUnusable, toolSourceExpired } from '../errors/tools';
import { userError, type UserError } from '../errors/user-error';
import { toolById, type ToolId } from '../models/tools';
import { pluginError } from './errors';
import { serverMessage } from './server-message';
import { taskFailedError } from './task-errors';
import { urlExpiry } from './url-expiry';

/** How long the gateway keeps a result's file (Recraft: about 24 hours). */
export const RESULT_FILE_LIFETIME_MS = 24 * 60 * 60 * 1000;

const MAX_URL_CHARS = 2048;

/** @public What a tool POST sends. */
export interface ToolBody {
  readonly model: string;
  readonly image: string;
}

export function toolBody(tool: ToolId, imageUrl: string): ToolBody {
  const url = imageUrl.trim();
  if (url.length > MAX_URL_CHARS || !/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(url)) {
    throw pluginError(toolImageUnusable);
  }
  return { model: toolById(tool).model, image: url };
}

/**
 * Why a result's URL can no longer be given to a tool, before anything is
 * sent: its own expiry has passed, or (when it names none) the gateway's
 * lifetime since the result was made. Undefined while it is fresh.
 */
export function toolSourceError(imageUrl: string, madeAt: number, now: number): UserError | undefined {
  const expiry = urlExpiry(imageUrl) ?? madeAt + RESULT_FILE_LIFETIME_MS;
  return now >= expiry ? userError(toolSourceExpired) : undefined;
}

/**
 * A tool task that failed, or a refused tool POST: when the gateway's words
 * say it could not get the source image (gone, expired, not found, not
 * downloadable), the plain "the gateway no longer has this file"; undefined
 * for any other reason, which keeps its own mapping.
 */
export function sourceGoneError(said: string | undefined): UserError | undefined {
  if (!said) return undefined;
  const aboutSource = /\b(image|source|url|file)\b/i.test(said);
  const gone = /\b(expired|not found|no longer|unknown|could not be (downloaded|fetched)|unreachable|404)\b/i;
  return aboutSource && gone.test(said) ? userError(toolSourceExpired) : undefined;
}

/** A tool task the gateway reports failed: the plain message when its source is gone, else the task's own reason. */
export function toolFailedError(gatewayText?: string, apiKey?: string | null): UserError {
  const said = gatewayText ? serverMessage(gatewayText, apiKey) : undefined;
  return sourceGoneError(said) ?? taskFailedError(gatewayText, apiKey);
}
