import type { Timer } from './timer';

/**
 * A token bucket: at most `capacity` calls at once, refilled at
 * `ratePerSecond`. `take()` resolves when the caller may go, first come
 * first served. Over any interval of t seconds it lets through at most
 * capacity + rate·t calls.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private readonly queue: Array<() => void> = [];
  private draining = false;

  constructor(
    readonly ratePerSecond: number,
    readonly capacity: number,
    private readonly timer: Timer,
  ) {
    if (!(ratePerSecond > 0) || !(capacity >= 1)) throw new RangeError('a token bucket needs a positive rate and a capacity of at least 1');
    this.tokens = capacity;
    this.last = timer.now();
  }

  take(): Promise<void> {
    return new Promise((resolve) => {
      this.queue.push(resolve);
      void this.drain();
    });
  }

  /** Nobody waiting and full again: the bucket may be forgotten. */
  isIdle(): boolean {
    this.refill();
    return this.queue.length === 0 && this.tokens >= this.capacity;
  }

  private refill(): void {
    const now = this.timer.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.ratePerSecond) / 1000);
    this.last = now;
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          this.queue.shift()!();
          continue;
        }
        await this.timer.sleep(Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSecond)));
      }
    } finally {
      this.draining = false;
    }
  }
}

/** One bucket per key (tenant, conversation), made on first use; idle ones are forgotten now and then. */
export class KeyedTokenBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    private readonly timer: Timer,
    private readonly maxIdle = 1000,
  ) {}

  take(key: string): Promise<void> {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxIdle) this.prune();
      bucket = new TokenBucket(this.ratePerSecond, this.capacity, this.timer);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }

  get size(): number {
    return this.buckets.size;
  }

  private prune(): void {
    for (const [key, bucket] of this.buckets) if (bucket.isIdle()) this.buckets.delete(key);
  }
}
