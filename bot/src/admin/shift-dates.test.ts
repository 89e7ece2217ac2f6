import { localToInstant } from '../domain/time';
import { calendarDaysBetween, shiftDocument } from './shift-dates';
import type { AdminProgrammeDocument } from '../api/admin-contract';

const text = { sv: 'T', en: 'T' };
const doc: AdminProgrammeDocument = {
  programme: { id: 'p', name: text, defaultLocale: 'sv', timeZone: 'Europe/Stockholm', departments: [], joinCode: 'ABCD' },
  sessions: [{ number: 1, title: text, start: '2026-03-28T09:00', end: '2026-03-28T12:00', materials: [], agenda: [] }],
  prompts: [
    {
      id: 'q',
      kind: 'reflection',
      afterSession: 1,
      title: text,
      text,
      questions: [],
      sendAt: '2026-03-28T13:00',
      dueAt: '2026-04-03T17:00',
      reminders: ['2026-03-31T09:00'],
      visibility: 'private',
    },
  ],
};

describe('shiftDocument', () => {
  it('keeps wall-clock times when the shift crosses the spring DST change', () => {
    const shifted = shiftDocument(doc, 1);
    expect(shifted.sessions[0]).toMatchObject({ start: '2026-03-29T09:00', end: '2026-03-29T12:00' });
    expect(shifted.prompts[0]).toMatchObject({ sendAt: '2026-03-29T13:00', dueAt: '2026-04-04T17:00', reminders: ['2026-04-01T09:00'] });
    // Only 23 hours passed between the two 09:00s.
    const zone = doc.programme.timeZone;
    expect(localToInstant('2026-03-29T09:00', zone).diff(localToInstant('2026-03-28T09:00', zone), 'hours').hours).toBe(23);
  });

  it('shifts backwards too', () => {
    expect(shiftDocument(doc, -28).sessions[0].start).toBe('2026-02-28T09:00');
  });
});

describe('calendarDaysBetween', () => {
  it.each([
    ['2026-03-05T09:00', '2026-10-01', 210],
    ['2026-10-20T09:00', '2026-10-27', 7],
    ['2026-03-05T09:00', '2026-03-01', -4],
  ])('from %s to %s is %d days', (from, to, days) => {
    expect(calendarDaysBetween(from, to)).toBe(days);
  });

  it('refuses something that is not a date', () => {
    expect(calendarDaysBetween('2026-03-05T09:00', '1 oktober')).toBeUndefined();
  });
});
