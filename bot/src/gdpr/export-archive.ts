import JSZip from 'jszip';
import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { toCsv } from '../reports/csv';
import type { Cell } from '../reports/table';
import type { PersonExport } from './export-person';

/** The file names inside the archive. */
export const ARCHIVE_FILES = { json: 'export.json', csv: 'data.csv', readme: 'README.txt' } as const;

/**
 * One download for a person's export: `export.json` (the export as it is),
 * `data.csv` (one line per stored field: table, keys, field, value; UTF-8
 * with a BOM, formulas neutralised) and a short read-me in the person's
 * language. Entry times are the export's, so the same export gives the same bytes.
 */
export async function toExportArchive(data: PersonExport, locale: Locale): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date(data.generatedAt);
  zip.file(ARCHIVE_FILES.readme, readme(data, locale), { date });
  zip.file(ARCHIVE_FILES.json, `${JSON.stringify(data, null, 2)}\n`, { date });
  zip.file(ARCHIVE_FILES.csv, exportCsv(data, locale), { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

/** Every stored field of every row, one per line. */
export function exportCsv(data: PersonExport, locale: Locale): Buffer {
  const headers = ['table', 'partitionKey', 'rowKey', 'field', 'value'].map((key) => t(locale, `gdpr.export.csv.${key}`));
  const rows: Cell[][] = data.tables.flatMap(({ table, rows: stored }) =>
    stored.flatMap(({ partitionKey, rowKey, properties }) =>
      Object.entries(properties)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([field, value]) => [table, partitionKey, rowKey, field, String(value)]),
    ),
  );
  return toCsv({ headers, rows });
}

function readme(data: PersonExport, locale: Locale): string {
  const lines = [
    t(locale, 'gdpr.export.readme.title'),
    '',
    t(locale, 'gdpr.export.readme.generated', { at: data.generatedAt }),
    ...(data.scope === 'all' ? [] : [t(locale, 'gdpr.export.readme.scope', { programmes: data.scope.programmes.join(', ') })]),
    '',
    t(locale, 'gdpr.export.readme.files'),
    '',
    t(locale, 'gdpr.export.readme.tables'),
    ...data.tables.map((table) =>
      t(locale, 'gdpr.export.readme.table', { table: table.table, rows: table.rows.length, holds: table.holds }),
    ),
    ...(data.mentions.length > 0 ? ['', t(locale, 'gdpr.export.readme.mentions', { count: data.mentions.length })] : []),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
