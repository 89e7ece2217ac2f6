import type { Timer } from '../delivery/timer';

/** Lets pending promise callbacks and I/O callbacks run. */
export const flushAsync = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A Timer on a fake clock: `sleep` waits until `advance` moves time past it.
 * `advance` fires due sleepers one at a time, in time order, letting promise
 * chains run between, so code that sleeps in a loop behaves as on a real clock.
 */
export class FakeTimer implements Timer {
  private time = 0;
  private sleepers: Array<{ at: number; resolve: () => void }> = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.sleepers.push({ at: this.time + Math.max(0, ms), resolve }));
  }

  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await flushAsync();
      this.sleepers.sort((a, b) => a.at - b.at);
      const next = this.sleepers[0];
      if (!next || next.at > end) break;
      this.sleepers.shift();
      this.time = next.at;
      next.resolve();
    }
    this.time = end;
    await flushAsync();
  }

  get waiting(): number {
    return this.sleepers.length;
  }
}
