import { PendingWork, raceBudget } from './deadline';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('raceBudget', () => {
  it('gives the value when the work ends within the budget', async () => {
    expect(await raceBudget(after(5, 'done'), 200)).toEqual({ done: true, value: 'done' });
  });

  it('gives up after the budget without cancelling the work', async () => {
    const work = after(1000, 'late');
    const started = Date.now();
    expect(await raceBudget(work, 20)).toEqual({ done: false });
    expect(Date.now() - started).toBeLessThan(500);
    expect(await work).toBe('late');
  });
});

describe('PendingWork', () => {
  it('waits for everything added, including work added while waiting', async () => {
    const pending = new PendingWork();
    const seen: string[] = [];
    pending.add(
      after(10, 'a').then((v) => {
        seen.push(v);
        pending.add(after(10, 'b').then((w) => seen.push(w)));
      }),
    );
    await pending.idle();
    expect(seen).toEqual(['a', 'b']);
    expect(pending.size).toBe(0);
  });
});
