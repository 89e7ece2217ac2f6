import type { EntityTable, TransactionAction } from '../entity-table';
import { row } from './rows';
import { expectAppError } from './expect-app-error';

/** Entity group transactions: at most 100 operations on one partition, all or nothing. */
export function describeEntityTableTransactions(getTable: () => EntityTable): void {
  const creates = (n: number, partitionKey = 'p'): TransactionAction[] =>
    Array.from({ length: n }, (_, i) => ({ kind: 'create', entity: row(`r${String(i).padStart(3, '0')}`, { i }, partitionKey) }));

  describe('transactions', () => {
    it('writes 100 operations in one partition', async () => {
      await getTable().submitTransaction(creates(100));
      expect(await getTable().listPartition('p')).toHaveLength(100);
    });

    it('refuses 101 operations and writes none of them', async () => {
      await expectAppError(getTable().submitTransaction(creates(101)), 'STORAGE_ENTITY_TOO_LARGE');
      expect(await getTable().listPartition('p')).toEqual([]);
    });

    it('refuses operations on two partitions', async () => {
      await expectAppError(getTable().submitTransaction([...creates(1, 'p'), ...creates(1, 'q')]), 'STORAGE_INVALID_KEY');
    });

    it('refuses two operations on one row', async () => {
      await expectAppError(getTable().submitTransaction([...creates(1), { kind: 'upsert', entity: row('r000') }]), 'VALIDATION_FAILED');
    });

    it('applies creates, upserts, updates and deletes together', async () => {
      const table = getTable();
      const etag = await table.createEntity(row('u', { v: 1 }));
      await table.createEntity(row('d'));
      await table.submitTransaction([
        { kind: 'create', entity: row('c', { v: 1 }) },
        { kind: 'upsert', entity: row('s', { v: 1 }) },
        { kind: 'update', entity: row('u', { v: 2 }), ifMatch: etag },
        { kind: 'delete', partitionKey: 'p', rowKey: 'd' },
      ]);
      expect((await table.listPartition('p')).map((e) => [e.rowKey, e.properties.v])).toEqual([
        ['c', 1],
        ['s', 1],
        ['u', 2],
      ]);
    });

    it.each<[string, (etag: string) => TransactionAction, string]>([
      ['a create of an existing row', () => ({ kind: 'create', entity: row('existing') }), 'STORAGE_ALREADY_EXISTS'],
      ['an update with a stale ETag', (etag) => ({ kind: 'update', entity: row('existing', { v: 9 }), ifMatch: etag }), 'STORAGE_CONFLICT'],
      ['a delete of a missing row', () => ({ kind: 'delete', partitionKey: 'p', rowKey: 'missing' }), 'STORAGE_CONFLICT'],
    ])('rolls back the whole transaction when it holds %s', async (_label, failing, code) => {
      const table = getTable();
      const stale = await table.createEntity(row('existing', { v: 1 }));
      await table.upsertEntity(row('existing', { v: 2 }));
      await expectAppError(table.submitTransaction([...creates(3), failing(stale)]), code as never);
      expect((await table.listPartition('p')).map((e) => e.rowKey)).toEqual(['existing']);
    });
  });
}
