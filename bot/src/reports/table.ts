/** A sheet of data for export: a header row and rows of plain cells. */
export type Cell = string | number | undefined;

export interface DataTable {
  /** Sheet name in a workbook (at most 31 characters, no `[]:*?/\`). */
  name: string;
  headers: string[];
  rows: Cell[][];
}
