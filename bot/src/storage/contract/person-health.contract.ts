import { personKey } from '../../domain/identity';
import type { Repositories } from '../repositories';
import { personRef } from './fixtures';

export function describePersonAndHealthContract(getRepos: () => Repositories): void {
  describe('PersonRepository', () => {
    const repo = () => getRepos().people;

    it('reads back a stored person and replaces it on the next put', async () => {
      const person = { ...personRef(20), displayName: 'Alex Wilber', department: 'social', locale: 'sv' as const };
      await repo().put(person);
      expect(await repo().get(personRef(20))).toEqual(person);
      const { department: _dropped, ...withoutDepartment } = person;
      await repo().put({ ...withoutDepartment, locale: 'en' });
      expect(await repo().get(personRef(20))).toEqual({ ...withoutDepartment, locale: 'en' });
    });

    it('finds a person whatever the case of the ids', async () => {
      const ref = { tenantId: 'ABCDEF00-0000-0000-0000-000000000001', objectId: 'ABCDEF00-0000-0000-0000-000000000020' };
      await repo().put({ ...ref, displayName: 'A', locale: 'sv' });
      expect((await repo().get({ tenantId: ref.tenantId.toLowerCase(), objectId: ref.objectId.toLowerCase() }))?.displayName).toBe('A');
    });

    it('returns undefined for an unknown person', async () => {
      await expect(repo().get(personRef(97))).resolves.toBeUndefined();
    });

    it('keeps a person as the one row of their partition, under a RowKey of their own (Azurite scans a RowKey many rows share)', async () => {
      await repo().put({ ...personRef(21), displayName: 'A', locale: 'sv' });
      await repo().put({ ...personRef(22), displayName: 'B', locale: 'sv' });
      const key = personKey(personRef(21));
      expect((await getRepos().tables.people.listPartition(key)).map((row) => row.rowKey)).toEqual([key]);
    });
  });

  describe('StorageHealth', () => {
    it('answers a ping when storage is up', async () => {
      await expect(getRepos().health.ping()).resolves.toBeUndefined();
    });
  });
}
