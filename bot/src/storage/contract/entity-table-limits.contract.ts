import type { EntityTable } from '../entity-table';
import { expectAppError } from './expect-app-error';

const FORBIDDEN: Array<[string, string]> = [
  ['slash', '/'],
  ['backslash', '\\'],
  ['hash', '#'],
  ['question mark', '?'],
  ['U+0000', '\u0000'],
  ['tab U+0009', '\t'],
  ['U+001F', '\u001f'],
  ['U+007F', '\u007f'],
  ['U+0085', '\u0085'],
  ['U+009F', '\u009f'],
];

/** The guards every EntityTable applies before it calls anything. */
export function describeEntityTableLimits(getTable: () => EntityTable): void {
  describe('guards', () => {
    it.each(FORBIDDEN)('rejects a PartitionKey with a %s and writes nothing (not even a stripped key)', async (_label, ch) => {
      const table = getTable();
      await expectAppError(table.createEntity({ partitionKey: `a${ch}b`, rowKey: 'r', properties: {} }), 'STORAGE_INVALID_KEY');
      await expect(table.getEntity('ab', 'r')).resolves.toBeUndefined();
      await expectAppError(table.getEntity(`a${ch}b`, 'r'), 'STORAGE_INVALID_KEY');
      await expectAppError(table.listPartition(`a${ch}b`), 'STORAGE_INVALID_KEY');
    });

    it.each(FORBIDDEN)('rejects a RowKey with a %s on every operation', async (_label, ch) => {
      const table = getTable();
      const entity = { partitionKey: 'p', rowKey: `a${ch}b`, properties: {} };
      await expectAppError(table.upsertEntity(entity), 'STORAGE_INVALID_KEY');
      await expectAppError(table.updateEntity(entity, '*'), 'STORAGE_INVALID_KEY');
      await expectAppError(table.deleteEntity('p', `a${ch}b`), 'STORAGE_INVALID_KEY');
      await expectAppError(table.submitTransaction([{ kind: 'create', entity }]), 'STORAGE_INVALID_KEY');
      await expect(table.listPartition('p')).resolves.toEqual([]);
    });

    it('accepts a key of 512 characters (1 KiB in UTF-16) and rejects one of 513', async () => {
      const table = getTable();
      await table.createEntity({ partitionKey: 'k'.repeat(512), rowKey: 'k'.repeat(512), properties: {} });
      expect(await table.getEntity('k'.repeat(512), 'k'.repeat(512))).toBeDefined();
      await expectAppError(table.createEntity({ partitionKey: 'p', rowKey: 'k'.repeat(513), properties: {} }), 'STORAGE_INVALID_KEY');
      await expectAppError(table.getEntity('k'.repeat(513), 'r'), 'STORAGE_INVALID_KEY');
    });

    it('rejects an empty key', async () => {
      await expectAppError(getTable().createEntity({ partitionKey: '', rowKey: 'r', properties: {} }), 'STORAGE_INVALID_KEY');
    });

    it.each(['1abc', 'a-b', 'a.b', 'a b', 'PartitionKey', 'rowKey', 'Timestamp', 'etag', 'x'.repeat(256), 'å'])(
      'rejects the property name %j',
      async (name) => {
        await expectAppError(
          getTable().createEntity({ partitionKey: 'p', rowKey: 'r', properties: { [name]: 'v' } }),
          'STORAGE_INVALID_KEY',
        );
      },
    );

    it('accepts a property name of 255 characters with underscores', async () => {
      const name = '_a1' + 'x'.repeat(252);
      const table = getTable();
      await table.createEntity({ partitionKey: 'p', rowKey: 'r', properties: { [name]: 'v' } });
      expect((await table.getEntity('p', 'r'))?.properties[name]).toBe('v');
    });

    it('accepts 252 properties and rejects 253', async () => {
      const props = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, i]));
      const table = getTable();
      await table.createEntity({ partitionKey: 'p', rowKey: 'ok', properties: props(252) });
      expect(Object.keys((await table.getEntity('p', 'ok'))!.properties)).toHaveLength(252);
      await expectAppError(table.createEntity({ partitionKey: 'p', rowKey: 'no', properties: props(253) }), 'STORAGE_ENTITY_TOO_LARGE');
    });

    it('stores a string of 32,768 characters and rejects one of 32,769', async () => {
      const table = getTable();
      await table.upsertEntity({ partitionKey: 'p', rowKey: 'ok', properties: { s: 'x'.repeat(32768) } });
      expect((await table.getEntity('p', 'ok'))?.properties.s).toHaveLength(32768);
      await expectAppError(
        table.upsertEntity({ partitionKey: 'p', rowKey: 'no', properties: { s: 'x'.repeat(32769) } }),
        'STORAGE_ENTITY_TOO_LARGE',
      );
    });

    it('stores an entity just under 1 MiB and rejects one over it', async () => {
      const table = getTable();
      const big = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}`, 'y'.repeat(32000)]));
      await table.upsertEntity({ partitionKey: 'p', rowKey: 'ok', properties: big(16) }); // about 1,024,400 bytes
      expect(Object.keys((await table.getEntity('p', 'ok'))!.properties)).toHaveLength(16);
      await expectAppError(table.upsertEntity({ partitionKey: 'p', rowKey: 'no', properties: big(17) }), 'STORAGE_ENTITY_TOO_LARGE');
      await expect(table.getEntity('p', 'no')).resolves.toBeUndefined();
    });

    it.each<[string, unknown]>([
      ['null', null],
      ['an object', { a: 1 }],
      ['an array', ['a']],
      ['a Date', new Date()],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['an integer beyond Int32', 2 ** 31],
      ['a bigint', BigInt(1)],
    ])('rejects %s as a property value', async (_label, value) => {
      const entity = { partitionKey: 'p', rowKey: 'r', properties: { v: value } } as never;
      await expectAppError(getTable().upsertEntity(entity), 'VALIDATION_FAILED');
    });
  });
}
