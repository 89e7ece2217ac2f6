import JSZip from 'jszip';
import type { SheetRow } from './sheet-rows';

/**
 * Reads the first worksheet of an .xlsx file as text cells: shared strings
 * (`xl/sharedStrings.xml`, rich text runs joined), inline strings, numbers
 * and booleans as written. Formulas count by their cached value. Only what a
 * roster needs; returns undefined when the file is not a readable workbook.
 */
export async function readXlsx(data: Buffer): Promise<SheetRow[] | undefined> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return undefined;
  }
  const sheet = zip.file('xl/worksheets/sheet1.xml') ?? zip.file(/^xl\/worksheets\/[^/]+\.xml$/)[0];
  if (!sheet) return undefined;
  const shared = await zip.file('xl/sharedStrings.xml')?.async('string');
  const strings = shared ? [...shared.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1])) : [];
  const xml = await sheet.async('string');
  const rows: SheetRow[] = [];
  let fallbackLine = 0;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(attr(row[1], 'r')) || fallbackLine + 1;
    fallbackLine = line;
    const cells: string[] = [];
    let fallbackColumn = 0;
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(cell[1], 'r');
      const column = ref ? columnIndex(ref) : fallbackColumn;
      fallbackColumn = column + 1;
      cells[column] = cellText(attr(cell[1], 't'), cell[2] ?? '', strings);
    }
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.some((c) => c.trim() !== '')) rows.push({ line, cells: filled });
  }
  return rows;
}

function cellText(type: string | undefined, inner: string, strings: readonly string[]): string {
  if (type === 'inlineStr') return textOf(inner);
  const value = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (value === undefined) return '';
  if (type === 's') return strings[Number(value)] ?? '';
  return unescapeXml(value);
}

/** All `<t>` texts inside an element (rich text has several runs). */
function textOf(xml: string): string {
  return [...xml.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join('');
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** `B7` → 1. */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_whole, entity: string) => {
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'amp') return '&';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    return String.fromCodePoint(entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
  });
}
