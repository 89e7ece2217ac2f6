/**
 * The one error catalogue. Every error the app raises on purpose has a
 * stable code, an HTTP status for the API, and a message key that the
 * message catalogues translate for users. Details stay in logs.
 */
export const ERROR_CATALOGUE = {
  CONFIG_INVALID: { status: 500, message: 'error.generic' },
  VALIDATION_FAILED: { status: 400, message: 'error.validation' },
  STORAGE_INVALID_KEY: { status: 400, message: 'error.validation' },
  STORAGE_ENTITY_TOO_LARGE: { status: 413, message: 'error.tooLarge' },
  STORAGE_CONFLICT: { status: 409, message: 'error.conflict' },
  STORAGE_ALREADY_EXISTS: { status: 409, message: 'error.conflict' },
  STORAGE_UNAVAILABLE: { status: 503, message: 'error.unavailable' },
  NOT_FOUND: { status: 404, message: 'error.notFound' },
  UNAUTHENTICATED: { status: 401, message: 'error.unauthenticated' },
  FORBIDDEN: { status: 403, message: 'error.forbidden' },
  NOT_ENROLLED: { status: 403, message: 'error.notEnrolled' },
  PROGRAMME_FILE_INVALID: { status: 400, message: 'error.validation' },
  BODY_TOO_LARGE: { status: 413, message: 'error.tooLarge' },
  RATE_LIMITED: { status: 429, message: 'error.rateLimited' },
  // The programme editor's refusals (bot/src/admin/admin-errors.ts sends them with their extra fields).
  ROSTER_HAS_ERRORS: { status: 400, message: 'admin.error.ROSTER_HAS_ERRORS' },
  PROMPT_ALREADY_SENT: { status: 409, message: 'admin.error.PROMPT_ALREADY_SENT' },
  ROSTER_PREVIEW_STALE: { status: 409, message: 'admin.error.ROSTER_PREVIEW_STALE' },
  LAST_COORDINATOR: { status: 409, message: 'admin.error.LAST_COORDINATOR' },
  PROMPT_NOT_OPEN: { status: 409, message: 'admin.error.PROMPT_NOT_OPEN' },
  PROMPT_CLOSED: { status: 409, message: 'admin.error.PROMPT_CLOSED' },
  NOT_IMPLEMENTED: { status: 501, message: 'admin.error.NOT_IMPLEMENTED' },
  LIVE_CHAT_UNKNOWN: { status: 404, message: 'error.liveChatUnknown' },
  LIVE_NOT_BOUND: { status: 409, message: 'error.liveNotBound' },
  LIVE_CLOSED: { status: 409, message: 'error.liveClosed' },
  MEETING_ROLE_REQUIRED: { status: 403, message: 'error.meetingRole' },
  INTERNAL: { status: 500, message: 'error.generic' },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Message-catalogue key for what a user is shown. */
  readonly userMessageKey: string;
  readonly details?: unknown;

  constructor(code: ErrorCode, message?: string, options?: { details?: unknown; cause?: unknown }) {
    super(message ?? code, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.userMessageKey = ERROR_CATALOGUE[code].message;
    this.details = options?.details;
  }
}

export function isAppError(err: unknown, code?: ErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}
