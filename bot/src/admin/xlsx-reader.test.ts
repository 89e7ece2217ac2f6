import JSZip from 'jszip';
import { toXlsx } from '../reports/xlsx';
import { readXlsx } from './xlsx-reader';

describe('readXlsx', () => {
  it('reads back what the report writer writes (inline strings and numbers)', async () => {
    const file = await toXlsx([
      {
        name: 'S',
        headers: ['email', 'n'],
        rows: [
          ['a&b@x.se', 3],
          [undefined, 'x'],
        ],
      },
    ]);
    expect(await readXlsx(file)).toEqual([
      { line: 1, cells: ['email', 'n'] },
      { line: 2, cells: ['a&b@x.se', '3'] },
      { line: 3, cells: ['', 'x'] },
    ]);
  });

  it('reads shared strings with rich text runs, and skips empty rows', async () => {
    const zip = new JSZip();
    zip.file('xl/sharedStrings.xml', '<sst><si><t>email</t></si><si><r><t>Ann</t></r><r><t xml:space="preserve">a Å</t></r></si></sst>');
    zip.file(
      'xl/worksheets/sheet1.xml',
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"/><row r="3"><c r="B3" t="s"><v>1</v></c></row></sheetData></worksheet>',
    );
    expect(await readXlsx(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual([
      { line: 1, cells: ['email'] },
      { line: 3, cells: ['', 'Anna Å'] },
    ]);
  });

  it('gives undefined for something that is not a workbook', async () => {
    expect(await readXlsx(Buffer.from('email,name\n'))).toBeUndefined();
  });
});
