import type { UserError } from '../../core/api/errors';

/**
 * What the designer reads for an error: core's message, except where the UI
 * can say more precisely what to do next in its own terms.
 */
export function errorText(error: UserError): string {
  switch (error.code) {
    case 'invalid-key':
      return 'The API key was refused. Check it and save it again.';
    case 'ambiguous':
      return 'The request was sent but no answer came back. It may have been charged, so it was not resent: check History or your apiin.one dashboard before trying again.';
    case 'rate-limited':
      return error.retryAfterSeconds !== undefined
        ? `Too many requests: wait ${Math.ceil(error.retryAfterSeconds)} s, then try again.`
        : error.message;
    default:
      return error.message;
  }
}
