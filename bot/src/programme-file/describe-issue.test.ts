import { ISSUE_CODES } from '../domain/schemas';
import { hasMessage } from '../i18n';
import { describeIssue, formatIssue } from './describe-issue';

describe('describeIssue', () => {
  it.each(ISSUE_CODES)('has a Swedish and an English message for %s', (code) => {
    expect(hasMessage(`programme.issue.${code}`)).toBe(true);
  });

  it('says what is wrong in Swedish and in English', () => {
    const issue = { path: ['sessions', 1, 'agenda', 0, 'durationMinutes'], code: 'tooLarge' as const, params: { max: 480 } };
    expect(formatIssue(issue, 'sv')).toBe('sessions[1].agenda[0].durationMinutes: Får vara högst 480.');
    expect(formatIssue(issue, 'en')).toBe('sessions[1].agenda[0].durationMinutes: May be at most 480.');
  });

  it('names value types in the reader’s language', () => {
    const issue = { path: ['sessions', 0, 'number'], code: 'wrongType' as const, params: { expected: 'int', received: 'string' } };
    expect(describeIssue(issue, 'sv')).toBe('Fel typ av värde: väntade heltal, fick text.');
    expect(describeIssue(issue, 'en')).toBe('Wrong kind of value: expected a whole number, got text.');
  });

  it('leaves no placeholder unfilled for the parameters the schemas give', () => {
    const issue = { path: ['end'], code: 'endNotAfterStart' as const, params: { start: '2026-09-01T13:00', end: '2026-09-01T12:00' } };
    expect(describeIssue(issue, 'sv')).toBe('Sluttiden (2026-09-01T12:00) måste ligga efter starttiden (2026-09-01T13:00).');
  });
});
