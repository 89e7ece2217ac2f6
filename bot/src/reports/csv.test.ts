import { csvField, guardFormula, toCsv } from './csv';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(4.5)).toBe('4.5');
  });

  it.each(['=1+1', '+46701234567', '-2', '@SUM(A1)', '\tcmd'])('neutralises the formula-like cell %j with a leading apostrophe', (cell) => {
    expect(guardFormula(cell)).toBe(`'${cell}`);
  });

  it('leaves numbers, even negative ones, as numbers', () => {
    expect(guardFormula(-2)).toBe('-2');
  });

  it('writes UTF-8 with a BOM and CRLF line ends', () => {
    const bytes = toCsv({ headers: ['Namn', 'Svar'], rows: [['Åsa Öberg', '=cmd|/C calc']] });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1)).toBe("Namn,Svar\r\nÅsa Öberg,'=cmd|/C calc\r\n");
  });
});
