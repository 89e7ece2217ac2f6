import type { Department } from '../domain/model';
import { parseRosterRows } from './roster-rows';

const departments: Department[] = [
  { id: 'city-planning', name: { sv: 'Stadsbyggnad', en: 'City planning' } },
  { id: 'education', name: { sv: 'Utbildning', en: 'Education' } },
];
const header = { line: 1, cells: ['Namn', 'E-post', 'Förvaltning', 'Roll', 'Språk'] };
const row = (line: number, ...cells: string[]) => ({ line, cells });

describe('parseRosterRows', () => {
  it('maps Swedish and English headers, department names and role names', () => {
    const parsed = parseRosterRows(
      [
        header,
        row(2, 'Alex W', ' AlexW@Example.com ', 'Stadsbyggnad', 'Samordnare', 'engelska'),
        row(3, 'Bo B', 'bo@example.com', 'education', '', ''),
        row(4, 'Cy C', 'cy@example.com', 'city planning', 'facilitator', 'sv'),
      ],
      departments,
    );
    expect(parsed.map((p) => p.row)).toEqual([
      { email: 'alexw@example.com', name: 'Alex W', department: 'city-planning', role: 'coordinator', language: 'en' },
      { email: 'bo@example.com', name: 'Bo B', department: 'education', role: 'participant' },
      { email: 'cy@example.com', name: 'Cy C', department: 'city-planning', role: 'facilitator', language: 'sv' },
    ]);
  });

  it('gives every error of a row, each in both languages', () => {
    const [parsed] = parseRosterRows([header, row(2, '', 'nope', 'Kultur', 'chef', 'fi')], departments);
    expect(parsed.row).toBeUndefined();
    expect(parsed.errors.map((e) => [e.column, e.code]).sort()).toEqual([
      ['department', 'unknownDepartment'],
      ['email', 'invalidEmail'],
      ['language', 'unknownLanguage'],
      ['name', 'required'],
      ['role', 'unknownRole'],
    ]);
    for (const e of parsed.errors) expect(e.message.sv).not.toBe(e.message.en);
  });

  it('reports a missing required column once, on the header row', () => {
    expect(parseRosterRows([row(1, 'email', 'name')], departments)).toEqual([
      expect.objectContaining({ line: 1, errors: [expect.objectContaining({ column: 'department', code: 'missingColumn' })] }),
    ]);
  });
});
