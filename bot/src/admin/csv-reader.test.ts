import { readCsv } from './csv-reader';

describe('readCsv', () => {
  it('reads semicolon-separated Excel output with a BOM, quotes and CRLF', () => {
    const text = '\uFEFFe-post;namn\r\n"a@x.se";"Andersson; Anna ""Ann"""\r\n\r\nb@x.se;Bo\r\n';
    expect(readCsv(text)).toEqual([
      { line: 1, cells: ['e-post', 'namn'] },
      { line: 2, cells: ['a@x.se', 'Andersson; Anna "Ann"'] },
      { line: 4, cells: ['b@x.se', 'Bo'] },
    ]);
  });

  it('reads comma-separated text without a final line break', () => {
    expect(readCsv('email,name\na@x.se,"Line\nbreak"')).toEqual([
      { line: 1, cells: ['email', 'name'] },
      { line: 2, cells: ['a@x.se', 'Line\nbreak'] },
    ]);
  });
});
