import { FakeTimer } from '../testing/fake-timer';
import { KeyedTokenBuckets, TokenBucket } from './token-bucket';

async function takeTimes(bucket: { take(): Promise<void> }, timer: FakeTimer, n: number, runFor: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) void bucket.take().then(() => times.push(timer.now()));
  await timer.advance(runFor);
  return times;
}

describe('TokenBucket', () => {
  it('lets a burst of `capacity` through at once, then one call per 1/rate seconds', async () => {
    const timer = new FakeTimer();
    const times = await takeTimes(new TokenBucket(10, 2, timer), timer, 6, 1000);
    expect(times).toEqual([0, 0, 100, 200, 300, 400]);
  });

  it('never lets more than capacity + rate·t through in any window of t', async () => {
    const timer = new FakeTimer();
    const times = await takeTimes(new TokenBucket(25, 5, timer), timer, 200, 10_000);
    expect(times).toHaveLength(200);
    for (let i = 0; i < times.length; i++) {
      for (let j = i; j < times.length; j++)
        expect(j - i + 1).toBeLessThanOrEqual(5 + Math.floor((25 * (times[j] - times[i])) / 1000) + 1e-9);
    }
    // Throughput: after the burst, exactly the rate.
    expect(times[199]).toBe(((200 - 5) * 1000) / 25);
  });

  it('refills while idle, up to capacity only', async () => {
    const timer = new FakeTimer();
    const bucket = new TokenBucket(10, 3, timer);
    await takeTimes(bucket, timer, 3, 0);
    await timer.advance(10_000);
    expect(bucket.isIdle()).toBe(true);
    const start = timer.now();
    const times = await takeTimes(bucket, timer, 4, 1000);
    expect(times.map((t) => t - start)).toEqual([0, 0, 0, 100]);
  });

  it('refuses a rate of zero or a capacity below one', () => {
    expect(() => new TokenBucket(0, 1, new FakeTimer())).toThrow(RangeError);
    expect(() => new TokenBucket(1, 0.5, new FakeTimer())).toThrow(RangeError);
  });
});

describe('KeyedTokenBuckets', () => {
  it('paces each key on its own', async () => {
    const timer = new FakeTimer();
    const buckets = new KeyedTokenBuckets(10, 1, timer);
    const times: Record<string, number[]> = { a: [], b: [] };
    for (const key of ['a', 'a', 'b', 'a', 'b']) void buckets.take(key).then(() => times[key].push(timer.now()));
    await timer.advance(1000);
    expect(times).toEqual({ a: [0, 100, 200], b: [0, 100] });
  });

  it('forgets idle buckets once it holds many', async () => {
    const timer = new FakeTimer();
    const buckets = new KeyedTokenBuckets(10, 1, timer, 3);
    for (const key of ['a', 'b', 'c']) await buckets.take(key);
    await timer.advance(1000);
    await buckets.take('d');
    expect(buckets.size).toBe(1);
  });
});
