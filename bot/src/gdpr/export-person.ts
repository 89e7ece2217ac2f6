import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import type { EntityValue } from '../storage/entity-table';
import type { RepositoryTables } from '../storage/repositories';
import type { TableRole } from '../storage/table-names';
import { type DataSubject } from './data-subject';
import { locatePersonRows, type LocatedTable } from './locate-rows';
import { findMentions, namesIn, type Mention } from './mentions';
import { noProgress, type ProgressListener } from './progress';
import { PERSONAL_DATA_TABLES } from './table-registry';

export const PERSON_EXPORT_FORMAT = 'innovation-training/person-export@1';

/** Everything about one person, as stored: grouped by table, each row with its keys. */
export interface PersonExport {
  format: typeof PERSON_EXPORT_FORMAT;
  generatedAt: string;
  subject: { tenantId?: string; objectId?: string; emails: string[] };
  /** `all`, or the programmes a coordinator's export covers (plus rows about the person as such). */
  scope: 'all' | { programmes: string[] };
  tables: ExportedTable[];
  /** Programme content that names the person (not changed by erasure; see mentions.ts). */
  mentions: Mention[];
}

export interface ExportedTable {
  role: TableRole;
  table: string;
  /** What the table holds about a person, in the export's language. */
  holds: string;
  rows: ExportedRow[];
}

export interface ExportedRow {
  partitionKey: string;
  rowKey: string;
  /** Values as stored: objects and arrays are the JSON strings of their `*_json` columns. */
  properties: Record<string, EntityValue>;
}

export interface ExportOptions {
  now: Date;
  locale: Locale;
  /** Only rows of these programmes, and rows about the person as such (a coordinator's export). Default: all. */
  programmes?: readonly string[];
  onProgress?: ProgressListener;
}

/** Art. 15: what the app holds about the subject, every table (see table-registry.ts). */
export async function exportPerson(tables: RepositoryTables, subject: DataSubject, options: ExportOptions): Promise<PersonExport> {
  const located = inScope(await locatePersonRows(tables, subject, options.onProgress ?? noProgress), options.programmes);
  const mentions = await findMentions(tables.programmes, namesIn(located));
  return {
    format: PERSON_EXPORT_FORMAT,
    generatedAt: options.now.toISOString(),
    subject: { ...(subject.person ?? {}), emails: subject.emails },
    scope: options.programmes ? { programmes: [...options.programmes].sort() } : 'all',
    tables: located.map(({ role, table, rows }) => ({
      role,
      table,
      holds: t(options.locale, `gdpr.table.${role}`),
      rows: rows.map(({ partitionKey, rowKey, properties }) => ({ partitionKey, rowKey, properties })),
    })),
    mentions: options.programmes ? mentions.filter((m) => options.programmes!.includes(m.partitionKey)) : mentions,
  };
}

/** The located rows of these programmes and those about the person as such; all when no programmes are given. */
export function inScope(located: LocatedTable[], programmes: readonly string[] | undefined): LocatedTable[] {
  if (!programmes) return located;
  const allowed = new Set(programmes);
  return located.map((t) => ({
    ...t,
    rows: t.rows.filter((row) => {
      const programme = PERSONAL_DATA_TABLES[t.role].programmeOf(row);
      return programme === undefined || allowed.has(programme);
    }),
  }));
}
