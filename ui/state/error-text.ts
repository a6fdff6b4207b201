import type { UserError } from '../../core/api/errors';
import { unexpected } from '../../core/errors/unexpected';
import { userError } from '../../core/errors/user-error';

/**
 * What the designer reads for an error: the catalogue's sentence it carries,
 * as it is. Never rewritten by code: a rewrite once read "no key is saved"
 * as "the key was refused". An error without a sentence (a sandbox of
 * another version) reads as unexpected rather than as nothing.
 */
export function errorText(error: UserError): string {
  return typeof error.message === 'string' && error.message !== ''
    ? error.message
    : userError(unexpected, 'plugin').message;
}
