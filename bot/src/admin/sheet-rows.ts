/** A row of a spreadsheet or CSV file: its 1-based line (row number) and its cells as text. */
export interface SheetRow {
  line: number;
  cells: string[];
}
