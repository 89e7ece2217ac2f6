import type { Locale } from '../domain/locale';
import { t } from '../i18n';

/**
 * Refusals of the admin API that carry more than a code (the issues, the
 * prompts already sent, the version stored now). The generic error handler
 * sends only code and message, so admin routes turn these into their own
 * JSON bodies (see api/admin-route.ts). Codes are stable; messages are
 * `admin.error.*` in i18n/admin.ts.
 */
export const ADMIN_ERRORS = {
  VALIDATION_FAILED: 400,
  PROGRAMME_FILE_INVALID: 400,
  ROSTER_HAS_ERRORS: 400,
  STORAGE_CONFLICT: 409,
  STORAGE_ALREADY_EXISTS: 409,
  PROMPT_ALREADY_SENT: 409,
  ROSTER_PREVIEW_STALE: 409,
  LAST_COORDINATOR: 409,
  PROMPT_NOT_OPEN: 409,
  PROMPT_CLOSED: 409,
  NOT_IMPLEMENTED: 501,
} as const;

export type AdminErrorCode = keyof typeof ADMIN_ERRORS;

export class AdminError extends Error {
  readonly status: number;

  constructor(
    readonly code: AdminErrorCode,
    /** Extra fields of the response body (`issues`, `prompts`, `currentVersion`). */
    readonly extra: Record<string, unknown> = {},
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'AdminError';
    this.status = ADMIN_ERRORS[code];
  }
}

export function adminErrorBody(err: AdminError, locale: Locale): Record<string, unknown> {
  return { error: { code: err.code, message: t(locale, `admin.error.${err.code}`) }, ...err.extra };
}
