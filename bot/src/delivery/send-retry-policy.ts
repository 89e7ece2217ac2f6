/**
 * How a proactive send reacts to the Bot Connector's answer (pure; the
 * sender applies it):
 * - 429: wait at least `Retry-After` (seconds or an HTTP date), plus a little jitter, then retry;
 * - 412, 500, 502, 503, 504 and connection failures before anything was sent: back off
 *   exponentially with jitter and retry;
 * - 400, 401, 403 (blocked, uninstalled), 404, 413 and every other status: final;
 * - a timeout or a connection lost mid-request: the message may have arrived, so it is
 *   neither retried nor called failed but reported as unknown.
 * Retries are bounded by `maxAttempts` and by the caller's time budget.
 */
export interface RetryPolicy {
  maxAttempts: number;
  /** First back-off step; doubles per attempt up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** When a 429 has no usable Retry-After. */
  defaultRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 8000, defaultRetryAfterMs: 1000 };

/** What one call came back with. */
export type AttemptResult =
  | { kind: 'ok'; activityId: string }
  | { kind: 'http'; status: number; code?: string; retryAfter?: string | null }
  | { kind: 'network'; code: string; sent: 'no' | 'maybe' };

export type Verdict = 'ok' | 'throttled' | 'transient' | 'final' | 'indeterminate';

const TRANSIENT_STATUSES = new Set([412, 500, 502, 503, 504]);

export function classify(result: AttemptResult): Verdict {
  if (result.kind === 'ok') return 'ok';
  if (result.kind === 'network') return result.sent === 'no' ? 'transient' : 'indeterminate';
  if (result.status === 429) return 'throttled';
  return TRANSIENT_STATUSES.has(result.status) ? 'transient' : 'final';
}

/** The wait before the next attempt (attempt = the one that just failed, from 1). `random` in [0, 1). */
export function retryDelayMs(
  result: AttemptResult,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  nowMs = Date.now(),
): number {
  if (result.kind === 'http' && result.status === 429) {
    const after = parseRetryAfterMs(result.retryAfter, nowMs) ?? policy.defaultRetryAfterMs;
    // Never earlier than asked; a little later, so many waiters do not all come back at once.
    return after + Math.floor(random() * Math.min(250, after * 0.1 + 1));
  }
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(step / 2 + random() * (step / 2));
}

/** `Retry-After` as seconds (`"1"`, `"2.5"`) or an HTTP date; undefined if absent or unreadable. */
export function parseRetryAfterMs(value: string | null | undefined, nowMs = Date.now()): number | undefined {
  if (value === undefined || value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** A short reason for the record: `http 403 ConversationBlockedByUser`, `network ECONNREFUSED`. */
export function describeAttempt(result: AttemptResult): string {
  if (result.kind === 'ok') return 'ok';
  if (result.kind === 'network') return `network ${result.code}`;
  return `http ${result.status}${result.code ? ` ${result.code}` : ''}`;
}
