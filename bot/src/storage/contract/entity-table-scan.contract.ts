import type { EntityTable, ScanOptions, StoredEntity } from '../entity-table';
import { expectAppError } from './expect-app-error';
import { row } from './rows';

async function pagesOf(table: EntityTable, options?: ScanOptions): Promise<StoredEntity[][]> {
  const pages: StoredEntity[][] = [];
  for await (const page of table.scan(options)) pages.push(page);
  return pages;
}

const keysOf = (pages: StoredEntity[][]) => pages.flat().map((e) => `${e.partitionKey}/${e.rowKey}`);

/** Full and prefix scans, page by page: what the personal-data jobs read every row with. */
export function describeEntityTableScan(getTable: () => EntityTable): void {
  describe('scan', () => {
    it('yields no page for an empty table', async () => {
      expect(await pagesOf(getTable())).toEqual([]);
    });

    it('reads every row of every partition, sorted by PartitionKey then RowKey, with its properties and ETag', async () => {
      const table = getTable();
      const etag = await table.createEntity(row('b', { v: 1 }, 'q'));
      for (const [pk, rk] of [
        ['p', 'b'],
        ['q', 'a'],
        ['p', 'a'],
        ['p|x', 'a'],
      ])
        await table.createEntity(row(rk, {}, pk));
      const pages = await pagesOf(table);
      expect(keysOf(pages)).toEqual(['p/a', 'p/b', 'p|x/a', 'q/a', 'q/b']);
      expect(pages.flat().find((e) => e.partitionKey === 'q' && e.rowKey === 'b')).toEqual({
        partitionKey: 'q',
        rowKey: 'b',
        properties: { v: 1 },
        etag,
      });
    });

    it('splits a scan into pages of at most pageSize rows and loses none between pages', async () => {
      const table = getTable();
      for (const pk of ['a', 'b', 'c']) {
        await table.submitTransaction(Array.from({ length: 4 }, (_, i) => ({ kind: 'create' as const, entity: row(`r${i}`, {}, pk) })));
      }
      const pages = await pagesOf(table, { pageSize: 5 });
      expect(pages.every((page) => page.length >= 1 && page.length <= 5)).toBe(true);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      expect(keysOf(pages)).toEqual(['a', 'b', 'c'].flatMap((pk) => [0, 1, 2, 3].map((i) => `${pk}/r${i}`)));
    });

    it('reads only the partitions that start with a prefix, not those that merely share its first characters', async () => {
      const table = getTable();
      for (const pk of ['p1|a', 'p1|b', 'p1x|a', 'p1', 'p2|a', "o'b|a"]) await table.createEntity(row('r', {}, pk));
      expect(keysOf(await pagesOf(table, { partitionKeyPrefix: 'p1|' }))).toEqual(['p1|a/r', 'p1|b/r']);
      expect(keysOf(await pagesOf(table, { partitionKeyPrefix: "o'" }))).toEqual(["o'b|a/r"]);
      expect(await pagesOf(table, { partitionKeyPrefix: 'zz' })).toEqual([]);
    });

    it('refuses a page size outside 1 to 1000 and an invalid prefix', async () => {
      await expectAppError(pagesOf(getTable(), { pageSize: 0 }), 'VALIDATION_FAILED');
      await expectAppError(pagesOf(getTable(), { pageSize: 1001 }), 'VALIDATION_FAILED');
      await expectAppError(pagesOf(getTable(), { partitionKeyPrefix: 'a/b' }), 'STORAGE_INVALID_KEY');
    });
  });
}
