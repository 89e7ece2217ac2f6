import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssuePath, ISSUE_CODES } from '../domain/schemas';
import { parseProgrammeFile, type FileIssue } from './parse-programme-file';

const NOW = new Date('2026-03-27T10:00:00Z'); // Friday 27 March 2026, 11:00 in Stockholm
const brokenText = readFileSync(join(__dirname, 'fixtures', 'broken-programme.yaml'), 'utf8');

function issuesOf(text: string, now = NOW): FileIssue[] {
  const result = parseProgrammeFile(text, { now });
  if (result.ok) throw new Error('expected the file to be invalid');
  return result.issues;
}

const rows = (issues: FileIssue[]) => issues.map((i) => [i.line, formatIssuePath(i.path), i.code]);

describe('parseProgrammeFile with the broken fixture', () => {
  const issues = issuesOf(brokenText);

  it('reports every mistake with its path and line, in file order', () => {
    expect(rows(issues)).toEqual([
      [6, 'programme.timeZone', 'invalidZone'],
      [7, 'programme.joinCode', 'invalidJoinCode'],
      [11, 'programme.departments[1].id', 'duplicateId'],
      [18, 'sessions[0].end', 'endNotAfterStart'],
      [21, 'sessions[0].materials[0].url', 'notHttps'],
      [22, 'sessions[0].agendaa', 'unknownField'],
      [23, 'sessions[1].number', 'sessionNumberGap'],
      [25, 'sessions[1].start', 'invalidRelativeTime'],
      [27, 'sessions[1].joinUrl', 'notHttps'],
      [30, 'sessions[1].agenda[0].durationMinutes', 'tooLarge'],
      [32, 'sessions[1].agenda[1].start', 'invalidTimeOfDay'],
      [37, 'prompts[0].id', 'invalidId'],
      [39, 'prompts[0].afterSession', 'unknownSession'],
      [44, 'prompts[0].questions[0].type', 'invalidOption'],
      [50, 'prompts[0].questions[1].choices', 'tooFew'],
      [55, 'prompts[0].questions[2].choices', 'choicesNotAllowed'],
      [58, 'prompts[1].title', 'required'],
      [67, 'prompts[1].dueAt', 'dueNotAfterSend'],
      [79, 'prompts[2].reminders[0]', 'reminderOutsideWindow'],
      [83, 'roster[1].department', 'unknownDepartment'],
      [84, 'roster[2].email', 'duplicateEmail'],
      [85, 'roster[3].email', 'invalidEmail'],
      [85, 'roster[3].role', 'invalidOption'],
    ]);
  });

  it('reports exactly the mistakes the fixture marks with a comment on their line', () => {
    const marked = brokenText.split('\n').flatMap((line, i) => {
      const comment = /#\s*(.+)$/.exec(line)?.[1] ?? '';
      const codes = comment.split(',').map((part) => part.trim().split(/\s/)[0]);
      return codes.filter((code) => (ISSUE_CODES as readonly string[]).includes(code)).map((code) => [i + 1, code]);
    });
    expect(issues.map((i) => [i.line, i.code])).toEqual(marked);
  });

  it('points at the value, the unknown key, or the object missing a field', () => {
    const find = (code: string) => issues.find((i) => i.code === code)!;
    expect(find('tooLarge')).toMatchObject({ line: 30, column: 26 }); // durationMinutes: 600
    expect(find('unknownField')).toMatchObject({ line: 22, column: 5, params: { field: 'agendaa' } }); // the key itself
    expect(find('required')).toMatchObject({ line: 58, column: 5 }); // the prompt that lacks a title
  });

  it('gives the first occurrence of a duplicate as a full path', () => {
    expect(issues.find((i) => i.code === 'duplicateEmail')?.params).toEqual({ value: 'anna@example.com', firstPath: 'roster[0].email' });
    expect(issues.find((i) => i.code === 'duplicateId')?.params).toEqual({ value: 'education', firstPath: 'programme.departments[0].id' });
  });
});

const minimal = (overrides: { sessionStart?: string; sessionEnd?: string } = {}) => `
programme:
  id: mini
  name: { sv: Mini, en: Mini }
  timeZone: Europe/Stockholm
  joinCode: MINI1
  departments:
    - { id: education, name: { sv: Utbildning, en: Education } }
sessions:
  - number: 1
    title: { sv: Träff, en: Session }
    start: ${overrides.sessionStart ?? 'D 13:00'}
    end: ${overrides.sessionEnd ?? 'D 16:00'}
`;

describe('parseProgrammeFile', () => {
  it('resolves relative times against the import day and fills in defaults', () => {
    const result = parseProgrammeFile(minimal(), { now: NOW });
    expect(result.ok && result.bundle).toEqual({
      programme: expect.objectContaining({ id: 'mini', defaultLocale: 'sv' }),
      sessions: [expect.objectContaining({ start: '2026-03-27T13:00', end: '2026-03-27T16:00', materials: [], agenda: [] })],
      prompts: [],
      roster: [],
    });
  });

  it('rejects a relative time that lands in the spring DST gap', () => {
    // Imported on 28 March: D+1 02:30 is 2026-03-29T02:30, which Stockholm skips.
    const issues = issuesOf(minimal({ sessionStart: 'D+1 02:30', sessionEnd: 'D+1 04:00' }), new Date('2026-03-28T10:00:00Z'));
    expect(rows(issues)).toEqual([[12, 'sessions[0].start', 'nonexistentLocalTime']]);
    expect(issues[0].params).toEqual({ value: '2026-03-29T02:30', zone: 'Europe/Stockholm' });
  });

  it('reads JSON and reports lines in it', () => {
    const json = JSON.stringify(
      {
        programme: {
          id: 'mini',
          name: { sv: 'Mini', en: 'Mini' },
          timeZone: 'Europe/Stockholm',
          joinCode: 'MINI1',
          departments: [{ id: 'education', name: { sv: 'U', en: 'E' } }],
        },
        sessions: [
          {
            number: 1,
            title: { sv: 'T', en: 'S' },
            start: '2026-09-01T13:00',
            end: '2026-09-01T16:00',
            agenda: [{ start: '13:00', durationMinutes: 0, title: { sv: 'V', en: 'W' } }],
          },
        ],
      },
      null,
      2,
    );
    const line = json.split('\n').findIndex((l) => l.includes('"durationMinutes": 0')) + 1;
    expect(rows(issuesOf(json))).toEqual([[line, 'sessions[0].agenda[0].durationMinutes', 'tooSmall']]);
  });

  it('reports YAML syntax errors with their line and reads no further', () => {
    const text = minimal().replace('  joinCode: MINI1', '  joinCode: MINI1\n  joinCode: MINI2');
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 7, code: 'syntax', path: [] });
    expect(String(issues[0].params.detail)).toMatch(/unique/i);
  });

  it('reports an empty file as a missing programme', () => {
    expect(issuesOf('')).toEqual([expect.objectContaining({ line: 1, column: 1, code: 'wrongType', path: [] })]);
  });

  it('reports a missing section at the top of the file', () => {
    const issues = issuesOf('programme:\n  id: x\n');
    expect(issues.map((i) => formatIssuePath(i.path))).toEqual(
      expect.arrayContaining(['programme.name', 'programme.timeZone', 'sessions']),
    );
    expect(issues.every((i) => i.line >= 1)).toBe(true);
  });
});
