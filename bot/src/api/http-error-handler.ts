import type { Logger } from '../logger';
import { AppError, isAppError } from '../errors';
import { t } from '../i18n';
import { pickLocale } from '../domain/locale';

/** The structural bits of a response the handler needs (no framework types). */
export interface JsonResponse {
  statusCode: number;
  headersSent?: boolean;
  setHeader(name: string, value: string): void;
  end(body?: string): void;
}

/**
 * The one catch-all for the HTTP API: logs the details, answers with the
 * error's stable code and a generic message in the caller's language.
 */
export function sendError(res: JsonResponse, err: unknown, logger: Logger, acceptLanguage?: string): void {
  const appError = isAppError(err) ? err : new AppError('INTERNAL', 'Unhandled error', { cause: err });
  if (appError.status >= 500) logger.error({ code: appError.code, err: describe(err) }, 'request failed');
  else logger.warn({ code: appError.code }, 'request refused');
  if (res.headersSent) return;
  const locale = pickLocale(acceptLanguage);
  res.statusCode = appError.status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  // 401 carries no detail at all.
  const body =
    appError.status === 401
      ? { error: { code: 'UNAUTHENTICATED' } }
      : { error: { code: appError.code, message: t(locale, appError.userMessageKey) } };
  res.end(JSON.stringify(body));
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return String(err);
}
