import { clientAddress, isRateLimitedPath, rateLimitKey, TokenBucketRateLimiter } from './rate-limit';

function limiter(options: { capacity: number; refillPerSecond: number; maxKeys?: number }) {
  let now = 1_000_000;
  const rl = new TokenBucketRateLimiter({ ...options, now: () => now });
  return { rl, advance: (ms: number) => (now += ms) };
}

describe('TokenBucketRateLimiter', () => {
  it('allows a burst up to the capacity, then refuses with the seconds until the next token', () => {
    const { rl } = limiter({ capacity: 3, refillPerSecond: 0.5 });
    expect([1, 2, 3].map(() => rl.take('a').allowed)).toEqual([true, true, true]);
    expect(rl.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it('gives tokens back over time, never above the capacity', () => {
    const { rl, advance } = limiter({ capacity: 2, refillPerSecond: 1 });
    rl.take('a');
    rl.take('a');
    expect(rl.take('a').allowed).toBe(false);
    advance(1000);
    expect(rl.take('a').allowed).toBe(true);
    expect(rl.take('a').allowed).toBe(false);
    advance(60_000);
    expect([1, 2, 3].map(() => rl.take('a').allowed)).toEqual([true, true, false]);
  });

  it('counts each caller separately', () => {
    const { rl } = limiter({ capacity: 1, refillPerSecond: 1 });
    expect(rl.take('person:a').allowed).toBe(true);
    expect(rl.take('person:a').allowed).toBe(false);
    expect(rl.take('person:b').allowed).toBe(true);
  });

  it('remembers at most maxKeys callers, forgetting idle ones first', () => {
    const { rl, advance } = limiter({ capacity: 2, refillPerSecond: 1, maxKeys: 2 });
    rl.take('busy');
    rl.take('busy');
    rl.take('idle');
    advance(5000);
    rl.take('busy');
    rl.take('busy');
    rl.take('new');
    expect(rl.size).toBeLessThanOrEqual(2);
    // "busy" was not forgotten: its bucket is still empty.
    expect(rl.take('busy').allowed).toBe(false);
  });
});

describe('isRateLimitedPath', () => {
  it.each([
    ['/api/programmes', true],
    ['/API/Programmes/x', true],
    ['/api/nothing-here', true],
    ['/api/messages', false],
    ['/api/messages/', false],
    ['/healthz', false],
    ['/index.html', false],
  ])('%s → %s', (path, limited) => {
    expect(isRateLimitedPath(path)).toBe(limited);
  });
});

describe('clientAddress', () => {
  it('uses the socket unless the app runs behind a trusted proxy', () => {
    expect(clientAddress('203.0.113.9', '10.0.0.4', false)).toBe('10.0.0.4');
  });

  it('takes the entry the proxy appended (the last), without its port', () => {
    expect(clientAddress('198.51.100.1, 203.0.113.9:50123', '10.0.0.4', true)).toBe('203.0.113.9');
    expect(clientAddress('[2001:db8::1]:443', '10.0.0.4', true)).toBe('2001:db8::1');
    expect(clientAddress(undefined, '::ffff:10.0.0.4', true)).toBe('::ffff:10.0.0.4');
  });

  it('keys by person when the API knows who it is', () => {
    expect(rateLimitKey('oid-1', '203.0.113.9')).toBe('person:oid-1');
    expect(rateLimitKey(undefined, '203.0.113.9')).toBe('ip:203.0.113.9');
  });
});
