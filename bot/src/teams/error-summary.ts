import { isAppError } from '../errors';

const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+\.[^\s@"'<>]+/g;
const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12,13}\b/gi;
const TEAMS_ID = /\b(?:29|28|a|8):[\w\-.:]+/g;

/** Masks e-mail addresses and user/conversation ids that an SDK may put in an error message. */
export function scrub(text: string): string {
  return text.replace(EMAIL, '[email]').replace(GUID, '[id]').replace(TEAMS_ID, '[id]');
}

/** What may be logged about an error: kind, code, status and a scrubbed message and stack; no activity or personal data. */
export function errorSummary(err: unknown): Record<string, unknown> {
  if (isAppError(err)) return { errorName: err.name, code: err.code, status: err.status, message: scrub(err.message) };
  if (err instanceof Error) {
    const e = err as Error & { code?: unknown; statusCode?: unknown };
    return {
      errorName: e.name,
      code: typeof e.code === 'string' ? e.code : undefined,
      status: typeof e.statusCode === 'number' ? e.statusCode : undefined,
      message: scrub(e.message),
      stack: e.stack ? scrub(e.stack.split('\n').slice(1, 8).join('\n')) : undefined,
    };
  }
  return { errorName: typeof err };
}
