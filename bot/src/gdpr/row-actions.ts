import { personKey, type PersonRef } from '../domain/identity';
import type { AnswerSet } from '../domain/model';
import { isAppError } from '../errors';
import type { EntityTable, EntityValue, StoredEntity } from '../storage/entity-table';
import { fromColumns, toColumns } from '../storage/json-columns';

/**
 * The row-level writes of erasure and the retention purge. Each is safe to
 * repeat: deleting a missing row is fine, a pseudonymised answer is
 * upserted, an audit row rewritten to what it already says is harmless.
 */

/** Deletes the rows, a few at a time; calls `done` after each. */
export async function deleteRows(table: EntityTable, rows: readonly StoredEntity[], done: () => void = () => undefined): Promise<number> {
  await inParallel(rows, 8, async (row) => {
    await table.deleteEntity(row.partitionKey, row.rowKey);
    done();
  });
  return rows.length;
}

/**
 * Keeps an answer row under the pseudonym: the same partition (programme and
 * prompt), the pseudonym's key as RowKey and as `person`, the answers and
 * times as they were. The new row and the removal of the old one are one
 * transaction (one partition), so the answer is never there twice or not at all.
 */
export async function pseudonymiseAnswer(table: EntityTable, row: StoredEntity, pseudonym: PersonRef): Promise<void> {
  const rowKey = personKey(pseudonym);
  if (row.rowKey === rowKey) return;
  const { version: _ignored, ...answer } = fromColumns<AnswerSet>(row.properties);
  const properties = toColumns({ ...answer, person: pseudonym });
  await table.submitTransaction([
    { kind: 'upsert', entity: { partitionKey: row.partitionKey, rowKey, properties } },
    { kind: 'delete', partitionKey: row.partitionKey, rowKey: row.rowKey },
  ]);
}

/** Rewrites a row in place (same keys) with new values, conditional on the ETag read; re-read once if it changed meanwhile. */
export async function rewriteRow(
  table: EntityTable,
  row: StoredEntity,
  rewrite: (properties: Record<string, EntityValue>) => Record<string, EntityValue>,
): Promise<void> {
  let current: StoredEntity | undefined = row;
  for (let attempt = 0; current; attempt++) {
    try {
      await table.updateEntity(
        { partitionKey: current.partitionKey, rowKey: current.rowKey, properties: rewrite(current.properties) },
        current.etag,
      );
      return;
    } catch (err) {
      if (!isAppError(err, 'STORAGE_CONFLICT') || attempt >= 2) throw err;
      current = await table.getEntity(row.partitionKey, row.rowKey);
    }
  }
}

export async function inParallel<T>(items: readonly T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}
