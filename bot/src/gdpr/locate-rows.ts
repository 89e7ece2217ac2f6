import type { EntityTable, StoredEntity } from '../storage/entity-table';
import type { RepositoryTables } from '../storage/repositories';
import { TABLES, type TableRole } from '../storage/table-names';
import { subjectKey, type DataSubject } from './data-subject';
import { noProgress, type ProgressListener } from './progress';
import { PERSONAL_DATA_TABLES, type PersonLocator } from './table-registry';

/** One table's rows about a person. */
export interface LocatedTable {
  role: TableRole;
  /** The table's name as stored (with its prefix). */
  table: string;
  rows: StoredEntity[];
}

export const TABLE_ROLES = Object.keys(TABLES) as TableRole[];

/**
 * Every row the app holds about the subject, table by table (in the order
 * of `TABLES`), each found as the registry says. Reports progress per table.
 */
export async function locatePersonRows(
  tables: RepositoryTables,
  subject: DataSubject,
  onProgress: ProgressListener = noProgress,
): Promise<LocatedTable[]> {
  const located: LocatedTable[] = [];
  for (const [i, role] of TABLE_ROLES.entries()) {
    const table = tables[role];
    let read: number | undefined;
    const report = (rows: number, scanned?: number) => {
      read = scanned ?? read;
      onProgress({ step: 'scan', index: i + 1, total: TABLE_ROLES.length, table: table.name, rows, scanned: read });
    };
    const rows = await locate(table, PERSONAL_DATA_TABLES[role].locator, subject, report);
    report(rows.length);
    located.push({ role, table: table.name, rows: sortRows(rows) });
  }
  return located;
}

async function locate(
  table: EntityTable,
  locator: PersonLocator,
  subject: DataSubject,
  report: (rows: number, scanned?: number) => void,
): Promise<StoredEntity[]> {
  switch (locator.kind) {
    case 'none':
      return [];
    case 'partition': {
      const key = subjectKey(subject);
      const partitions = locator.by === 'personKey' ? (key ? [key] : []) : subject.emails;
      const rows = (await Promise.all(partitions.map((pk) => table.listPartition(pk)))).flat();
      return locator.keep ? rows.filter((row) => locator.keep!(row, subject)) : rows;
    }
    case 'rowKey':
      return (await Promise.all(locator.rowKeys(subject).map((rk) => table.listByRowKey(rk)))).flat();
    case 'scan': {
      const found: StoredEntity[] = [];
      let scanned = 0;
      for await (const page of table.scan()) {
        scanned += page.length;
        found.push(...page.filter((row) => locator.matches(row, subject)));
        report(found.length, scanned);
      }
      return found;
    }
  }
}

function sortRows(rows: StoredEntity[]): StoredEntity[] {
  const seen = new Map(rows.map((row) => [`${row.partitionKey}\u0000${row.rowKey}`, row] as const));
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}
