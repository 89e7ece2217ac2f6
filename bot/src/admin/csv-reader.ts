import type { SheetRow } from './sheet-rows';

/**
 * Reads CSV as spreadsheets write it: comma or semicolon separated (Excel's
 * Swedish locale uses `;`; the header line decides), fields quoted with `"`
 * and `""` for a quote, CRLF or LF, UTF-8 with or without BOM. `line` is the
 * record's number (1 = header), as a spreadsheet would show it.
 */
export function readCsv(text: string): SheetRow[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = pickDelimiter(body);
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  const endRecord = () => {
    cells.push(field);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells });
    cells = [];
    field = '';
    line++;
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRecord();
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) endRecord();
  return rows;
}

function pickDelimiter(text: string): ',' | ';' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}
