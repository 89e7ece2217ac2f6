import { isApiError } from '../api/api-error';
import type { MessageKey } from '../i18n/translate';

/** The words to show for a failure: never a code, never a stack. */
export function errorMessageKey(err: unknown): MessageKey {
  if (!isApiError(err)) return 'error.unexpected';
  switch (err.code) {
    case 'NETWORK':
      return 'error.network';
    case 'UNAUTHENTICATED':
      return 'error.unauthenticated';
    case 'NOT_ENROLLED':
      return 'error.notEnrolled';
    case 'FORBIDDEN':
      return 'error.forbidden';
    case 'NOT_FOUND':
      return 'error.notFound';
    default:
      return err.status >= 500 ? 'error.server' : 'error.unexpected';
  }
}
