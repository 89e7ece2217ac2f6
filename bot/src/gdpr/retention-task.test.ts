import { silentLogger } from '../logger';
import { createInMemoryRepositories } from '../storage';
import type { Repositories } from '../storage/repositories';
import { fixtureProgramme, fixturePrompts, fixtureSessions } from '../testing/programme-fixture';
import { createRetentionTask } from './retention-task';

const settings = { erasurePolicy: 'delete' as const, retentionDefaultDays: 30, pseudonymKey: 'k' };
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe('the retention task the scheduler runs under its lease', () => {
  let now: Date;
  let repos: Repositories;
  const clock = () => now;

  beforeEach(async () => {
    now = new Date('2027-06-01T00:00:00Z');
    repos = createInMemoryRepositories();
    await repos.programmes.save(fixtureProgramme, fixtureSessions, fixturePrompts);
  });

  it('purges on the first call, then not again until a day has passed', async () => {
    const task = createRetentionTask({ repos, settings, clock, logger: silentLogger() });
    expect((await task.runIfDue())?.plan.programmes[0].status).toBe('expired');
    now = new Date(now.getTime() + DAY - 1);
    expect(await task.runIfDue()).toBeUndefined();
    now = new Date(now.getTime() + 1);
    expect(await task.runIfDue()).toBeDefined();
  });

  it('does nothing once the lease is lost (the pass signal is aborted)', async () => {
    const task = createRetentionTask({ repos, settings, clock, logger: silentLogger() });
    const lost = new AbortController();
    lost.abort();
    expect(await task.runIfDue(lost.signal)).toBeUndefined();
    expect(await task.runIfDue()).toBeDefined();
  });

  it('logs a failure instead of throwing, and tries again an hour later', async () => {
    let fail = true;
    const programmes = Object.assign(Object.create(repos.programmes) as Repositories['programmes'], {
      list: () => (fail ? Promise.reject(new Error('storage down')) : repos.programmes.list()),
    });
    const failing = { ...repos, programmes };
    const task = createRetentionTask({ repos: failing, settings, clock, logger: silentLogger() });
    expect(await task.runIfDue()).toBeUndefined();
    fail = false;
    now = new Date(now.getTime() + HOUR - 1);
    expect(await task.runIfDue()).toBeUndefined();
    now = new Date(now.getTime() + 1);
    expect(await task.runIfDue()).toBeDefined();
  });
});
