import { DateTime } from 'luxon';

/**
 * Relative times in programme files: `D-3 09:00`, `D 13:00`, `D+11 13:30`.
 * D is the import day, the calendar date of `now` in the programme's zone.
 * `B±n` counts working days instead (Monday to Friday, skipping Sweden's
 * fixed-date public holidays and the eves that offices close), so a demo
 * dated relative to a Saturday still meets on working days: `B+1` from a
 * Friday or a Saturday is the Monday after. Moveable holidays (Easter,
 * Midsummer, Ascension) are not known.
 * The result is a local wall-clock time `yyyy-MM-ddTHH:mm`; days are added
 * as calendar days, so the wall time stays the same across a DST change.
 */

const RELATIVE = /^([DB])(?:([+-])(\d{1,3}))?\s+([01]\d|2[0-3]):([0-5]\d)$/;

/** True when a value is meant to be relative (starts with `D` or `B`), valid or not. */
export function looksRelative(value: unknown): value is string {
  return typeof value === 'string' && /^[DB]\b/.test(value.trim());
}

export function isRelativeTime(value: string): boolean {
  return RELATIVE.test(value.trim());
}

/** Resolves `D±n HH:mm` against `now` in `zone`; undefined if the value is not a valid relative time. */
export function resolveRelativeTime(value: string, zone: string, now: Date): string | undefined {
  const match = RELATIVE.exec(value.trim());
  if (!match) return undefined;
  const [, unit, sign, digits, hour, minute] = match;
  const count = digits === undefined ? 0 : Number(digits) * (sign === '-' ? -1 : 1);
  // Noon keeps clear of zones whose DST change happens at midnight.
  const today = DateTime.fromJSDate(now, { zone }).set({ hour: 12, minute: 0 });
  const day = unit === 'B' ? addWorkingDays(today, count) : today.plus({ days: count });
  return `${day.toISODate()}T${hour}:${minute}`;
}

/** Fixed-date days off in Sweden (MM-dd): New Year, Epiphany, 1 May, National Day, Christmas and New Year's Eve. */
const FIXED_DAYS_OFF = new Set(['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31']);

function isWorkingDay(day: DateTime): boolean {
  return day.weekday <= 5 && !FIXED_DAYS_OFF.has(day.toFormat('MM-dd'));
}

/** Steps `count` working days from `from`. */
function addWorkingDays(from: DateTime, count: number): DateTime {
  let day = from;
  const step = count < 0 ? -1 : 1;
  for (let left = Math.abs(count); left > 0;) {
    day = day.plus({ days: step });
    if (isWorkingDay(day)) left--;
  }
  return day;
}
