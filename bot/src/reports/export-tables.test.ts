import { participationTable, responsesTable } from './export-tables';
import { NOW, reportData } from './testing/report-fixture';

describe('export tables', () => {
  const data = reportData();

  it('lists one row per answered question with names for cohort prompts, in Swedish', () => {
    const table = responsesTable(data, 'sv', NOW);
    expect(table.headers).toEqual(['Träff', 'Uppgift', 'Synlighet', 'Fråga', 'Namn', 'Förvaltning', 'Besvarad', 'Svar']);
    expect(table.rows).toContainEqual([1, 'Reflektion', 'Gruppen', 'Välj', 'Person 1', 'Stora förvaltningen', '2026-01-11 09:00', 'Alfa']);
  });

  it('gives anonymous answers no name, department or time', () => {
    const anonymous = responsesTable(data, 'en', NOW).rows.filter((row) => row[2] === 'Anonymous');
    expect(anonymous).toHaveLength(3);
    for (const row of anonymous) expect([row[4], row[5], row[6]]).toEqual(['(anonymous)', undefined, undefined]);
    expect(anonymous.map((row) => row[7]).sort()).toEqual([3, 4, 5]);
  });

  it('leaves out prompts not sent yet', () => {
    expect(responsesTable(data, 'en', NOW).rows.some((row) => row[1] === 'Later')).toBe(false);
  });

  it('lists every participant for every sent prompt, with no time for anonymous ones', () => {
    const table = participationTable(data, 'en', NOW);
    expect(table.rows).toHaveLength(18);
    expect(table.rows).toContainEqual(['Person 1', 'Big department', 1, 'Reflection', '2026-01-20 17:00', 'Yes', '2026-01-11 09:00']);
    expect(table.rows).toContainEqual(['Person 1', 'Big department', 1, 'Feedback', '2026-01-13 17:00', 'Yes', undefined]);
    expect(table.rows).toContainEqual(['Person 9', 'Big department', 1, 'Reflection', '2026-01-20 17:00', 'No', undefined]);
  });
});
