/** The outcome of racing work against a time budget. */
export type Raced<T> = { done: true; value: T } | { done: false };

/**
 * Waits for `work` at most `budgetMs`. The work is not cancelled when the
 * budget runs out: the caller decides what to do with it meanwhile.
 * `work` must not reject (catch inside it).
 */
export async function raceBudget<T>(work: Promise<T>, budgetMs: number): Promise<Raced<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Raced<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), Math.max(0, budgetMs));
  });
  try {
    return await Promise.race([work.then((value): Raced<T> => ({ done: true, value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Keeps track of work that outlives a turn, so shutdown and tests can wait for it. */
export class PendingWork {
  private readonly pending = new Set<Promise<unknown>>();

  /** Tracks `work`; it should handle its own errors (a rejection is only swallowed here, never unhandled). */
  add(work: Promise<unknown>): void {
    const tracked: Promise<unknown> = work
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  get size(): number {
    return this.pending.size;
  }

  /** Resolves when everything added so far (and anything it added) has settled. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
