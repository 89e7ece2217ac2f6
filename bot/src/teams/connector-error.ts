import type { AttemptResult } from '../delivery/send-retry-policy';

/**
 * Reads what the Bot Connector client threw (a RestError from
 * @azure/core-rest-pipeline): the HTTP status, Teams' error code from the
 * body, the Retry-After header; or, without a status, the network error and
 * whether the request can have reached the connector at all.
 */
interface RestErrorLike {
  statusCode?: number;
  code?: string;
  response?: { headers?: { get?(name: string): string | undefined | null } };
}

/** Errors raised before a request leaves this machine or reaches the service. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_INVALID_URL']);

export function attemptResultOf(err: unknown): AttemptResult {
  const e = (err ?? {}) as RestErrorLike;
  if (typeof e.statusCode === 'number') {
    const retryAfter = e.response?.headers?.get?.('retry-after') ?? undefined;
    return { kind: 'http', status: e.statusCode, code: safeCode(e.code), retryAfter };
  }
  const code = safeCode(e.code) ?? 'ERROR';
  return { kind: 'network', code, sent: NOT_SENT_CODES.has(code) ? 'no' : 'maybe' };
}

/** Error codes are identifiers; anything else (a message, personal data) is not kept. */
function safeCode(code: unknown): string | undefined {
  return typeof code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? code : undefined;
}
