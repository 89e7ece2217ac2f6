import type { StoredEntity } from '../../bot/src/storage/entity-table';
import type { RepositoryTables } from '../../bot/src/storage/repositories';
import { TABLES, type TableRole } from '../../bot/src/storage/table-names';

/** One row as a test sees it after a full scan: its table role and everything in it. */
export interface ScannedRow {
  role: TableRole;
  row: StoredEntity;
  /** Keys and every property value, lower-case, for "does this appear anywhere" checks. */
  text: string;
}

/**
 * Every row of every table in `TABLES`, read by full scans: the independent
 * reading the personal-data tests compare the app's answers with.
 */
export async function scanEverything(tables: RepositoryTables): Promise<ScannedRow[]> {
  const rows: ScannedRow[] = [];
  for (const role of Object.keys(TABLES) as TableRole[]) {
    for await (const page of tables[role].scan()) {
      for (const row of page) rows.push({ role, row, text: textOf(row) });
    }
  }
  return rows;
}

export function textOf(row: StoredEntity): string {
  return [row.partitionKey, row.rowKey, ...Object.values(row.properties).map(String)].join('\u0000').toLowerCase();
}

/** Rows in which any of the needles (lower-cased) appears, in keys or values. */
export function rowsMentioning(rows: readonly ScannedRow[], needles: readonly string[]): ScannedRow[] {
  const lower = needles.map((n) => n.toLowerCase());
  return rows.filter((r) => lower.some((n) => r.text.includes(n)));
}

/** A comparable identity of a row: table role, keys and properties. */
export function rowId(role: string, row: Pick<StoredEntity, 'partitionKey' | 'rowKey' | 'properties'>): string {
  const properties = Object.fromEntries(Object.entries(row.properties).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify([role, row.partitionKey, row.rowKey, properties]);
}
