import { readCsv } from './csv-reader';
import type { SheetRow } from './sheet-rows';
import { readXlsx } from './xlsx-reader';

/** The rows of an uploaded roster: CSV text, or an .xlsx file as base64. Undefined if the workbook cannot be read. */
export async function csvOrXlsxRows(kind: 'csv' | 'xlsx', content: string): Promise<SheetRow[] | undefined> {
  if (kind === 'csv') return readCsv(content);
  return readXlsx(Buffer.from(content, 'base64'));
}
