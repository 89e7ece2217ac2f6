import type { Locale } from '../domain/locale';
import { AppError, type ErrorCode } from '../errors';
import { t } from '../i18n';

/**
 * Refusals of the admin API that carry more than a code (the issues, the
 * prompts already sent, the version stored now). Their codes and statuses
 * are in the one error catalogue (errors.ts); the generic error handler
 * sends only code and message, so admin routes turn these into their own
 * JSON bodies (see api/admin-route.ts). Messages are `admin.error.*` in
 * i18n/admin.ts.
 */
export const ADMIN_ERROR_CODES = [
  'VALIDATION_FAILED',
  'PROGRAMME_FILE_INVALID',
  'ROSTER_HAS_ERRORS',
  'STORAGE_CONFLICT',
  'STORAGE_ALREADY_EXISTS',
  'PROMPT_ALREADY_SENT',
  'ROSTER_PREVIEW_STALE',
  'LAST_COORDINATOR',
  'PROMPT_NOT_OPEN',
  'PROMPT_CLOSED',
  'NOT_IMPLEMENTED',
] as const satisfies readonly ErrorCode[];

export type AdminErrorCode = (typeof ADMIN_ERROR_CODES)[number];

export class AdminError extends AppError {
  declare readonly code: AdminErrorCode;

  constructor(
    code: AdminErrorCode,
    /** Extra fields of the response body (`issues`, `prompts`, `currentVersion`). */
    readonly extra: Record<string, unknown> = {},
    message?: string,
  ) {
    super(code, message);
    this.name = 'AdminError';
  }
}

export function adminErrorBody(err: AdminError, locale: Locale): Record<string, unknown> {
  return { error: { code: err.code, message: t(locale, `admin.error.${err.code}`) }, ...err.extra };
}
