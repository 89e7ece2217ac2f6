import type { Lease } from '../../domain/lease';
import type { Repositories } from '../repositories';
import { expectAppError, settle } from './expect-app-error';
import { uniqueId } from './fixtures';

function lease(name: string, holder: string, expiresAt = '2026-12-01T12:01:00.000Z'): Lease {
  return { name, holder, acquiredAt: '2026-12-01T12:00:00.000Z', renewedAt: '2026-12-01T12:00:00.000Z', expiresAt };
}

export function describeLeaseContract(getRepos: () => Repositories): void {
  describe('LeaseRepository', () => {
    const repo = () => getRepos().leases;

    it('creates a lease once; a second create is refused', async () => {
      const name = uniqueId('lease');
      const created = await repo().create(lease(name, 'a'));
      expect(created.version).toEqual(expect.any(String));
      expect(await repo().get(name)).toEqual(created);
      await expectAppError(repo().create(lease(name, 'b')), 'STORAGE_ALREADY_EXISTS');
    });

    it('returns undefined for a lease never taken', async () => {
      await expect(repo().get(uniqueId('lease'))).resolves.toBeUndefined();
    });

    it('renews with the version read; a holder with a stale version gets STORAGE_CONFLICT', async () => {
      const name = uniqueId('lease');
      const mine = await repo().create(lease(name, 'a'));
      const taken = await repo().update({ ...mine, holder: 'b', expiresAt: '2026-12-01T12:02:00.000Z' });
      await expectAppError(repo().update({ ...mine, renewedAt: '2026-12-01T12:00:20.000Z' }), 'STORAGE_CONFLICT');
      expect(await repo().get(name)).toEqual(taken);
    });

    it('gives an expired lease to exactly one of several takers', async () => {
      const name = uniqueId('lease');
      const old = await repo().create(lease(name, 'gone', '2026-12-01T11:00:00.000Z'));
      const { won } = await settle(['a', 'b', 'c', 'd'].map((holder) => repo().update({ ...old, holder })));
      expect(won).toBe(1);
    });
  });
}
