import type { DateTime } from 'luxon';
import type { Session } from '../domain/model';
import { localToInstant } from '../domain/time';
import { parseTimeOfDay, type ScheduleOptions } from './schedule-options';

/**
 * When a session's reminder goes out: `daysBefore` calendar days before the
 * session's date, at the configured local time, in the programme's zone.
 * Calendar arithmetic in the zone keeps the wall-clock time across DST
 * (09:00 the day before is 09:00 local whether that day has 23, 24 or 25 hours).
 */
export function sessionReminderAt(
  session: Pick<Session, 'start'>,
  zone: string,
  options: Pick<ScheduleOptions, 'sessionReminderTime' | 'sessionReminderDaysBefore'>,
): DateTime {
  const { hour, minute } = parseTimeOfDay(options.sessionReminderTime);
  return localToInstant(session.start, zone)
    .startOf('day')
    .minus({ days: options.sessionReminderDaysBefore })
    .set({ hour, minute, second: 0, millisecond: 0 });
}
