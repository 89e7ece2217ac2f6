/** Monotonic time and sleeping, injected so pacing and back-off run on a fake clock in tests. */
export interface Timer {
  /** Milliseconds on a monotonic clock (not wall time). */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: Timer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
