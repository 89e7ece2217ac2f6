import type { EntityTable } from '../entity-table';
import { row } from './rows';
import { describeEntityTableLimits } from './entity-table-limits.contract';
import { describeEntityTableScan } from './entity-table-scan.contract';
import { describeEntityTableTransactions } from './entity-table-transactions.contract';
import { expectAppError, settle } from './expect-app-error';

/** One contract for every EntityTable: the in-memory twin must behave like Azure Table Storage. */
export function describeEntityTableContract(name: string, makeTable: () => Promise<EntityTable>): void {
  describe(`EntityTable contract: ${name}`, () => {
    let table: EntityTable;
    beforeEach(async () => {
      table = await makeTable();
    });

    it('reads back strings, integers, doubles and booleans as written, with an ETag', async () => {
      const etag = await table.createEntity(row('r', { s: 'text', i: 42, d: 1.5, b: true, f: false, z: 0 }));
      const got = await table.getEntity('p', 'r');
      expect(got).toEqual({ partitionKey: 'p', rowKey: 'r', properties: { s: 'text', i: 42, d: 1.5, b: true, f: false, z: 0 }, etag });
    });

    it('leaves out properties whose value is undefined', async () => {
      await table.createEntity(row('r', { a: 'x', gone: undefined }));
      expect((await table.getEntity('p', 'r'))?.properties).toEqual({ a: 'x' });
    });

    it('returns undefined for a missing row', async () => {
      await expect(table.getEntity('p', 'missing')).resolves.toBeUndefined();
    });

    it('refuses to create a row that exists and keeps the original', async () => {
      await table.createEntity(row('r', { v: 1 }));
      await expectAppError(table.createEntity(row('r', { v: 2 })), 'STORAGE_ALREADY_EXISTS');
      expect((await table.getEntity('p', 'r'))?.properties).toEqual({ v: 1 });
    });

    it('gives a new ETag on every write', async () => {
      const etags = [await table.createEntity(row('r', { v: 1 }))];
      etags.push(await table.upsertEntity(row('r', { v: 2 })));
      etags.push(await table.updateEntity(row('r', { v: 3 }), etags[1]));
      etags.push(await table.upsertEntity(row('r', { v: 3 })));
      expect(new Set(etags).size).toBe(4);
      expect((await table.getEntity('p', 'r'))?.etag).toBe(etags[3]);
    });

    it('replaces all properties on upsert and update', async () => {
      await table.upsertEntity(row('r', { a: 1, b: 2 }));
      const etag = await table.upsertEntity(row('r', { a: 3 }));
      expect((await table.getEntity('p', 'r'))?.properties).toEqual({ a: 3 });
      await table.updateEntity(row('r', { c: 'x' }), etag);
      expect((await table.getEntity('p', 'r'))?.properties).toEqual({ c: 'x' });
    });

    it('refuses an update with a stale ETag and keeps the newer row', async () => {
      const first = await table.createEntity(row('r', { v: 1 }));
      await table.updateEntity(row('r', { v: 2 }), first);
      await expectAppError(table.updateEntity(row('r', { v: 3 }), first), 'STORAGE_CONFLICT');
      expect((await table.getEntity('p', 'r'))?.properties).toEqual({ v: 2 });
    });

    it('reports a conflict when the row to update is gone', async () => {
      const etag = await table.createEntity(row('r'));
      await table.deleteEntity('p', 'r');
      await expectAppError(table.updateEntity(row('r', { v: 1 }), etag), 'STORAGE_CONFLICT');
      await expect(table.getEntity('p', 'r')).resolves.toBeUndefined();
    });

    it('deletes a missing row quietly, but refuses a delete with a stale ETag', async () => {
      await table.deleteEntity('p', 'never');
      const first = await table.createEntity(row('r', { v: 1 }));
      const second = await table.upsertEntity(row('r', { v: 2 }));
      await expectAppError(table.deleteEntity('p', 'r', { ifMatch: first }), 'STORAGE_CONFLICT');
      expect(await table.getEntity('p', 'r')).toBeDefined();
      await table.deleteEntity('p', 'r', { ifMatch: second });
      await expect(table.getEntity('p', 'r')).resolves.toBeUndefined();
      await expectAppError(table.deleteEntity('p', 'r', { ifMatch: second }), 'STORAGE_CONFLICT');
    });

    it('lists one partition sorted by RowKey, whatever the insertion order', async () => {
      for (const key of ['c', 'a|2', 'b', 'a|10', 'a']) await table.createEntity(row(key));
      await table.createEntity(row('x', {}, 'other'));
      expect((await table.listPartition('p')).map((e) => e.rowKey)).toEqual(['a', 'a|10', 'a|2', 'b', 'c']);
    });

    it('lists only the rows whose RowKey starts with a prefix', async () => {
      for (const key of ['a', 'a|1', 'a|2', 'a}', 'a0', 'b|1']) await table.createEntity(row(key));
      expect((await table.listPartition('p', { rowKeyPrefix: 'a|' })).map((e) => e.rowKey)).toEqual(['a|1', 'a|2']);
      expect(await table.listPartition('empty')).toEqual([]);
    });

    it('treats quotes in keys as data, not as filter syntax', async () => {
      await table.createEntity(row("o'brien", {}, "it's"));
      await table.createEntity(row('other', {}, "it's"));
      expect((await table.listPartition("it's", { rowKeyPrefix: "o'" })).map((e) => e.rowKey)).toEqual(["o'brien"]);
      expect((await table.listByRowKey("o'brien")).map((e) => e.partitionKey)).toEqual(["it's"]);
    });

    it('finds one RowKey across partitions, sorted by PartitionKey', async () => {
      await table.createEntity(row('head', { n: 2 }, 'p2'));
      await table.createEntity(row('head', { n: 1 }, 'p1'));
      await table.createEntity(row('tail', {}, 'p1'));
      expect((await table.listByRowKey('head')).map((e) => e.properties.n)).toEqual([1, 2]);
    });

    it('lets exactly one of ten parallel creates of one row win', async () => {
      const { won, codes } = await settle(Array.from({ length: 10 }, (_, i) => table.createEntity(row('r', { who: i }))));
      expect(won).toBe(1);
      expect(codes).toEqual(Array(9).fill('STORAGE_ALREADY_EXISTS'));
    });

    it('gives each of many parallel creates in one partition its own outcome, and an ETag that is the row’s', async () => {
      await table.createEntity(row('r07', { who: 'first' }));
      const keys = Array.from({ length: 60 }, (_, i) => `r${String(i % 40).padStart(2, '0')}`);
      const results = await Promise.allSettled(keys.map((key, i) => table.createEntity(row(key, { who: i }))));
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [{ key: keys[i], who: i, etag: r.value }] : []));
      const codes = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code] : []));
      // One winner per new RowKey; r07 existed already; everything else lost to a row that exists.
      expect(won.map((w) => w.key).sort()).toEqual([...new Set(keys)].filter((key) => key !== 'r07').sort());
      expect(codes).toEqual(Array(keys.length - won.length).fill('STORAGE_ALREADY_EXISTS'));
      expect((await table.getEntity('p', 'r07'))?.properties.who).toBe('first');
      for (const w of won) expect(await table.getEntity('p', w.key)).toMatchObject({ properties: { who: w.who }, etag: w.etag });
      await expect(table.updateEntity(row(won[0].key, { who: 'edited' }), won[0].etag)).resolves.toEqual(expect.any(String));
    });

    it('creates rows of different partitions in parallel independently', async () => {
      const { won, codes } = await settle(Array.from({ length: 20 }, (_, i) => table.createEntity(row('r', { i }, `p${i % 5}`))));
      expect(won).toBe(5);
      expect(codes).toEqual(Array(15).fill('STORAGE_ALREADY_EXISTS'));
    });

    it('lets exactly one of two updates from the same ETag win; the other gets STORAGE_CONFLICT', async () => {
      const etag = await table.createEntity(row('r', { v: 0 }));
      const { won, codes } = await settle([table.updateEntity(row('r', { v: 1 }), etag), table.updateEntity(row('r', { v: 2 }), etag)]);
      expect(won).toBe(1);
      expect(codes).toEqual(['STORAGE_CONFLICT']);
      expect([1, 2]).toContain((await table.getEntity('p', 'r'))?.properties.v);
    });

    describeEntityTableTransactions(() => table);
    describeEntityTableLimits(() => table);
    describeEntityTableScan(() => table);

    it('answers a ping', async () => {
      await expect(table.ping()).resolves.toBeUndefined();
    });
  });
}
