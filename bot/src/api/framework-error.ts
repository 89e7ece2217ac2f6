import { pickLocale } from '../domain/locale';
import { AppError, type ErrorCode } from '../errors';
import { t } from '../i18n';

/** The catalogue code for an HTTP status the web framework answers by itself (bad JSON, body too large, no route). */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'BODY_TOO_LARGE',
  429: 'RATE_LIMITED',
};

/**
 * What the client sees for an error the framework raised: the same shape as
 * the API's own errors (a stable code and a generic message in the caller's
 * language), never the framework's message, which can quote the request.
 */
export function frameworkErrorBody(status: number, acceptLanguage: string | undefined): { error: { code: ErrorCode; message: string } } {
  const error = new AppError(CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED'));
  return { error: { code: error.code, message: t(pickLocale(acceptLanguage), error.userMessageKey) } };
}
