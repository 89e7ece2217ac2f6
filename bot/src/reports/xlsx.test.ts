import JSZip from 'jszip';
import { columnName, escapeXml, toXlsx } from './xlsx';

async function open(bytes: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

/** The cells of a worksheet as `{ A1: 'text' | number }`, read back from the XML. */
function cells(xml: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?: t="inlineStr")?>(?:<is><t[^>]*>([\s\S]*?)<\/t><\/is>|<v>([^<]*)<\/v>)<\/c>/g)) {
    out[m[1]] =
      m[3] !== undefined
        ? Number(m[3])
        : m[2]
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&');
  }
  return out;
}

describe('toXlsx', () => {
  it('writes a workbook that opens as a zip with every required part', async () => {
    const zip = await open(await toXlsx([{ name: 'Svar', headers: ['Namn'], rows: [['Åsa']] }]));
    expect(
      Object.keys(zip.files)
        .filter((name) => !zip.files[name].dir)
        .sort(),
    ).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('<sheet name="Svar" sheetId="1" r:id="rId1"/>');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/xl/worksheets/sheet1.xml');
  });

  it('puts text as inline strings and numbers as numbers in the right cells, header bold', async () => {
    const zip = await open(
      await toXlsx([
        {
          name: 'Data',
          headers: ['Namn', 'Betyg', 'Svar'],
          rows: [
            ['Åsa Öberg', 4, '=SUM(A1) <b> & "x"'],
            ['Bo', undefined, 'ok'],
          ],
        },
      ]),
    );
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(cells(xml)).toEqual({
      A1: 'Namn',
      B1: 'Betyg',
      C1: 'Svar',
      A2: 'Åsa Öberg',
      B2: 4,
      C2: '=SUM(A1) <b> & "x"',
      A3: 'Bo',
      C3: 'ok',
    });
    expect(xml).toContain('<c r="A1" s="1" t="inlineStr">');
    expect(xml).not.toContain('<f>');
  });

  it('writes one sheet per table with unique, valid names', async () => {
    const zip = await open(
      await toXlsx([
        { name: 'A/B', headers: ['x'], rows: [] },
        { name: 'a/b', headers: ['y'], rows: [] },
      ]),
    );
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect([...workbook.matchAll(/name="([^"]+)"/g)].map((m) => m[1])).toEqual(['A B', 'a b 2']);
    expect(zip.file('xl/worksheets/sheet2.xml')).not.toBeNull();
  });

  it('names columns A..Z, AA.. and drops characters XML cannot hold', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(escapeXml('a\u0001b\u000bc\td')).toBe('abc\td');
  });
});
