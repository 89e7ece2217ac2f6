/**
 * Request rate limit for the tab's API: one token bucket per caller, in
 * memory. Per instance on purpose: it protects the process and storage from a
 * runaway client or a script, it is not a quota. With N instances a caller
 * gets at most N times the rate, and a shared store (Table Storage) would
 * cost a write per request and make storage the bottleneck under exactly the
 * load the limit is for.
 */
export interface RateLimitOptions {
  /** Requests a caller may make at once (the bucket size). */
  capacity: number;
  /** Requests per second a caller gets back. */
  refillPerSecond: number;
  /** Callers remembered at most; idle (full) buckets are forgotten first. */
  maxKeys?: number;
  /** Milliseconds clock (tests). */
  now?: () => number;
}

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until one request is allowed again (0 when allowed). */
  retryAfterSeconds: number;
}

/** A signed-in person gets about two requests a second, with room for a page that loads twenty things at once. */
export const API_RATE_LIMIT: RateLimitOptions = { capacity: 120, refillPerSecond: 2 };

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBucketRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  take(key: string): RateDecision {
    const now = this.now();
    const bucket = this.refilled(this.buckets.get(key), now);
    if (bucket.tokens >= 1) {
      this.remember(key, { tokens: bucket.tokens - 1, at: now });
      return { allowed: true, retryAfterSeconds: 0 };
    }
    this.remember(key, bucket);
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.refillPerSecond)) };
  }

  /** Callers currently remembered (tests). */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.options.capacity, at: now };
    const gained = (Math.max(0, now - bucket.at) / 1000) * this.options.refillPerSecond;
    return { tokens: Math.min(this.options.capacity, bucket.tokens + gained), at: now };
  }

  private remember(key: string, bucket: Bucket): void {
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.forget(bucket.at);
  }

  /** Drops full buckets (they behave like new ones), then the least recently used. */
  private forget(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, now).tokens >= this.options.capacity) this.buckets.delete(key);
    }
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= this.maxKeys) break;
      this.buckets.delete(key);
    }
  }
}

/** The tab's API: everything under /api/ except the bot endpoint, which Teams calls with its own tokens and limits. */
export function isRateLimitedPath(path: string): boolean {
  const normalized = path.toLowerCase().replace(/\/+$/, '');
  return normalized.startsWith('/api/') && normalized !== '/api/messages';
}

/**
 * The caller's address. Behind App Service's front ends the socket is the
 * front end; the client is the last `X-Forwarded-For` entry, the one the
 * front end appended (earlier entries come from the client and prove
 * nothing). Only trusted when the app runs behind such a proxy (production).
 */
export function clientAddress(forwardedFor: string | undefined, socketAddress: string | undefined, trustProxy: boolean): string {
  const forwarded = trustProxy ? forwardedFor?.split(',').pop()?.trim() : undefined;
  return stripPort(forwarded || socketAddress || 'unknown');
}

function stripPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1];
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return ipv4WithPort ? ipv4WithPort[1] : address;
}

/** The bucket key: the authenticated person when the API knows one, else the address. */
export function rateLimitKey(personId: string | undefined, address: string): string {
  return personId ? `person:${personId}` : `ip:${address}`;
}
