import { AppError } from '../errors';
import { createInMemoryRepositories } from '../storage';
import type { LeaseRepository } from '../storage/repositories';
import { LeaseHold } from './lease';

describe('LeaseHold', () => {
  let now: Date;
  const clock = () => now;
  let repo: LeaseRepository;
  beforeEach(() => {
    now = new Date('2026-12-01T12:00:00Z');
    repo = createInMemoryRepositories().leases;
  });
  const hold = (holder: string) => new LeaseHold(repo, 'scheduler', holder, 60_000, clock);

  it('takes a free lease; another instance cannot take it while it is held', async () => {
    const a = hold('a');
    const b = hold('b');
    expect(await a.acquire()).toBe(true);
    expect(await b.acquire()).toBe(false);
    expect(a.held).toBe(true);
    expect(b.held).toBe(false);
    expect(await repo.get('scheduler')).toMatchObject({ holder: 'a', expiresAt: '2026-12-01T12:01:00.000Z' });
  });

  it('extends the lease on renewal', async () => {
    const a = hold('a');
    await a.acquire();
    now = new Date('2026-12-01T12:00:20Z');
    expect(await a.renew()).toBe('held');
    expect(await repo.get('scheduler')).toMatchObject({ holder: 'a', expiresAt: '2026-12-01T12:01:20.000Z' });
  });

  it('lets another instance take an expired lease; the old holder learns on renewal that it lost it', async () => {
    const a = hold('a');
    const b = hold('b');
    await a.acquire();
    now = new Date('2026-12-01T12:01:00Z');
    expect(await b.acquire()).toBe(true);
    expect(await a.renew()).toBe('lost');
    expect(a.held).toBe(false);
    expect(await a.acquire()).toBe(false);
  });

  it('gives an expired lease to exactly one of several instances', async () => {
    await hold('old').acquire();
    now = new Date('2026-12-01T12:05:00Z');
    const results = await Promise.all(['a', 'b', 'c'].map((h) => hold(h).acquire()));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('counts a lease as lost when storage does not answer until it has expired', async () => {
    let down = false;
    const flaky: LeaseRepository = {
      get: (name) => repo.get(name),
      create: (lease) => repo.create(lease),
      update: (lease) => (down ? Promise.reject(new AppError('STORAGE_UNAVAILABLE')) : repo.update(lease)),
    };
    const a = new LeaseHold(flaky, 'scheduler', 'a', 60_000, clock);
    await a.acquire();
    down = true;
    now = new Date('2026-12-01T12:00:30Z');
    expect(await a.renew()).toBe('unsure');
    expect(a.held).toBe(true);
    now = new Date('2026-12-01T12:01:00Z');
    expect(await a.renew()).toBe('lost');
  });

  it('frees the lease on release, so another instance takes it at once', async () => {
    const a = hold('a');
    await a.acquire();
    await a.release();
    expect(await hold('b').acquire()).toBe(true);
  });
});
