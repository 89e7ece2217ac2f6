import { fixtureProgramme, fixturePrompts, fixtureSessions } from '../testing/programme-fixture';
import { cachedProgrammeCatalog } from './programme-catalog';

function countingRepo(found = true) {
  const repo = {
    loads: 0,
    fail: false,
    async load(id: string) {
      repo.loads++;
      if (repo.fail) throw new Error('down');
      return found && id === fixtureProgramme.id
        ? { programme: fixtureProgramme, sessions: fixtureSessions, prompts: fixturePrompts }
        : undefined;
    },
  };
  return repo;
}

describe('cachedProgrammeCatalog', () => {
  let clock = 0;
  const nowMs = () => clock;

  it('reads a programme once for concurrent and repeated loads within the ttl, again after it', async () => {
    const repo = countingRepo();
    const catalog = cachedProgrammeCatalog(repo, { ttlMs: 1000, nowMs });
    await Promise.all([catalog.load('inno-2026'), catalog.load('inno-2026')]);
    clock = 999;
    await catalog.load('inno-2026');
    expect(repo.loads).toBe(1);
    clock = 1000;
    await catalog.load('inno-2026');
    expect(repo.loads).toBe(2);
  });

  it('does not cache an unknown programme or a failure', async () => {
    const repo = countingRepo();
    const catalog = cachedProgrammeCatalog(repo, { ttlMs: 1000, nowMs });
    expect(await catalog.load('other')).toBeUndefined();
    expect(await catalog.load('other')).toBeUndefined();
    repo.fail = true;
    await expect(catalog.load('inno-2026')).rejects.toThrow('down');
    repo.fail = false;
    expect(await catalog.load('inno-2026')).toBeDefined();
    expect(repo.loads).toBe(4);
  });
});
