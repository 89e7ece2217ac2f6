import { classify, DEFAULT_RETRY_POLICY, describeAttempt, parseRetryAfterMs, retryDelayMs, type AttemptResult } from './send-retry-policy';

const http = (status: number, extra: Partial<Extract<AttemptResult, { kind: 'http' }>> = {}): AttemptResult => ({
  kind: 'http',
  status,
  ...extra,
});

describe('send retry policy', () => {
  it.each([
    [http(429), 'throttled'],
    [http(412), 'transient'],
    [http(500), 'transient'],
    [http(502), 'transient'],
    [http(503), 'transient'],
    [http(504), 'transient'],
    [http(400), 'final'],
    [http(401), 'final'],
    [http(403, { code: 'ConversationBlockedByUser' }), 'final'],
    [http(404), 'final'],
    [http(413), 'final'],
    [{ kind: 'network', code: 'ECONNREFUSED', sent: 'no' } as AttemptResult, 'transient'],
    [{ kind: 'network', code: 'ECONNRESET', sent: 'maybe' } as AttemptResult, 'indeterminate'],
  ])('classifies %j as %s', (result, verdict) => {
    expect(classify(result)).toBe(verdict);
  });

  it('waits at least Retry-After on a 429, with a little jitter on top', () => {
    expect(retryDelayMs(http(429, { retryAfter: '1' }), 1, DEFAULT_RETRY_POLICY, () => 0)).toBe(1000);
    const late = retryDelayMs(http(429, { retryAfter: '1' }), 1, DEFAULT_RETRY_POLICY, () => 0.999);
    expect(late).toBeGreaterThanOrEqual(1000);
    expect(late).toBeLessThanOrEqual(1101);
    expect(retryDelayMs(http(429, { retryAfter: '7' }), 3, DEFAULT_RETRY_POLICY, () => 0)).toBe(7000);
    expect(retryDelayMs(http(429), 1, DEFAULT_RETRY_POLICY, () => 0)).toBe(DEFAULT_RETRY_POLICY.defaultRetryAfterMs);
  });

  it('backs off exponentially with jitter on transient errors, capped', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(http(503), attempt, DEFAULT_RETRY_POLICY, () => 0));
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 4000]);
    expect(retryDelayMs(http(503), 2, DEFAULT_RETRY_POLICY, () => 0.999)).toBeLessThan(1000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    expect(parseRetryAfterMs('2', now)).toBe(2000);
    expect(parseRetryAfterMs('0.5', now)).toBe(500);
    expect(parseRetryAfterMs('Tue, 01 Dec 2026 12:00:03 GMT', now)).toBe(3000);
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
  });

  it('describes an attempt without personal data', () => {
    expect(describeAttempt(http(403, { code: 'ConversationBlockedByUser' }))).toBe('http 403 ConversationBlockedByUser');
    expect(describeAttempt({ kind: 'network', code: 'ECONNRESET', sent: 'maybe' })).toBe('network ECONNRESET');
  });
});
