import { DateTime } from 'luxon';
import { addLocalDays } from '../domain/time';
import type { AdminProgrammeDocument } from '../api/admin-contract';

/**
 * Moves every date of a programme by whole calendar days in its zone:
 * wall-clock times stay (09:00 stays 09:00 across a DST change), so a
 * session that met 09:00 in March meets 09:00 in October.
 */
export function shiftDocument(document: AdminProgrammeDocument, days: number): AdminProgrammeDocument {
  const zone = document.programme.timeZone;
  const shift = (local: string) => addLocalDays(local, days, zone);
  return {
    programme: document.programme,
    sessions: document.sessions.map((s) => ({ ...s, start: shift(s.start), end: shift(s.end) })),
    prompts: document.prompts.map((p) => ({
      ...p,
      sendAt: shift(p.sendAt),
      dueAt: shift(p.dueAt),
      reminders: p.reminders.map(shift),
    })),
  };
}

/** Calendar days from the date of `fromLocal` (`yyyy-MM-ddTHH:mm`) to `toDate` (`yyyy-MM-dd`); undefined if `toDate` is not a date. */
export function calendarDaysBetween(fromLocal: string, toDate: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(toDate)) return undefined;
  const from = DateTime.fromISO(fromLocal.slice(0, 10), { zone: 'UTC' });
  const to = DateTime.fromISO(toDate, { zone: 'UTC' });
  if (!from.isValid || !to.isValid) return undefined;
  return Math.round(to.diff(from, 'days').days);
}
