import { formatProgress } from './progress-printer';

describe('progress lines of long personal-data runs', () => {
  it('prints the final count of each table, and a line every 500 rows while one is long', () => {
    let text = '';
    const progress = formatProgress({ write: (chunk: string) => (text += chunk) }, 'en');
    progress.report({ step: 'scan', index: 1, total: 11, table: 'programmes', rows: 0 });
    for (let scanned = 100; scanned <= 1200; scanned += 100) {
      progress.report({ step: 'scan', index: 2, total: 11, table: 'audit', rows: Math.floor(scanned / 100), scanned });
    }
    for (let rows = 1; rows <= 3; rows++) progress.report({ step: 'erase', index: 4, total: 11, table: 'deliveries', rows });
    progress.flush();
    expect(text.split('\n').filter(Boolean)).toEqual([
      'table 1/11: programmes … 0 rows',
      'table 2/11: audit … 5 rows (500 read)',
      'table 2/11: audit … 10 rows (1000 read)',
      'table 2/11: audit … 12 rows (1200 read)',
      'erasing, table 4/11: deliveries … 3 rows',
    ]);
  });
});
