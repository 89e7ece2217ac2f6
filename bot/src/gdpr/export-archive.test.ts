import JSZip from 'jszip';
import { ARCHIVE_FILES, toExportArchive } from './export-archive';
import type { PersonExport } from './export-person';

const data: PersonExport = {
  format: 'innovation-training/person-export@1',
  generatedAt: '2026-03-12T10:00:00.000Z',
  subject: { tenantId: 't', objectId: 'o', emails: ['alex@example.com'] },
  scope: { programmes: ['p1'] },
  tables: [
    {
      role: 'people',
      table: 'people',
      holds: 'namn',
      rows: [
        { partitionKey: 't|o', rowKey: 'profile', properties: { displayName: 'Alex, "the" Wilber', locale: 'sv', formula: '=1+1', n: 3 } },
      ],
    },
    { role: 'leases', table: 'leases', holds: 'x', rows: [] },
  ],
  mentions: [],
};

describe('the export archive', () => {
  it('holds export.json as exported, a CSV line per stored field and a read-me in the person’s language', async () => {
    const zip = await JSZip.loadAsync(await toExportArchive(data, 'sv'));
    expect(Object.keys(zip.files).sort()).toEqual([ARCHIVE_FILES.readme, ARCHIVE_FILES.csv, ARCHIVE_FILES.json].sort());
    expect(JSON.parse(await zip.file(ARCHIVE_FILES.json)!.async('string'))).toEqual(data);
    const csv = await zip.file(ARCHIVE_FILES.csv)!.async('string');
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFtabell,partitionsnyckel,radnyckel,fält,värde',
      'people,t|o,profile,displayName,"Alex, ""the"" Wilber"',
      "people,t|o,profile,formula,'=1+1",
      'people,t|o,profile,locale,sv',
      'people,t|o,profile,n,3',
      '',
    ]);
    const readme = await zip.file(ARCHIVE_FILES.readme)!.async('string');
    expect(readme).toContain('Registerutdrag');
    expect(readme).toContain('- people (1 rader): namn');
    expect(readme).toContain('p1');
  });

  it('gives the same bytes for the same export', async () => {
    expect((await toExportArchive(data, 'en')).equals(await toExportArchive(data, 'en'))).toBe(true);
  });
});
