import { DateTime } from 'luxon';

/**
 * Time handling goes through luxon. Programme times are local wall-clock
 * times in the programme's IANA zone; instants are UTC ISO strings.
 */

const LOCAL_FORMAT = "yyyy-MM-dd'T'HH:mm";

export function isValidZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/** Parses a local `yyyy-MM-ddTHH:mm` in `zone`. Throws on an invalid value. */
export function localToInstant(local: string, zone: string): DateTime {
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) throw new RangeError(`Invalid local date-time "${local}" in ${zone}: ${dt.invalidExplanation ?? dt.invalidReason}`);
  return dt;
}

export function localToUtcIso(local: string, zone: string): string {
  return localToInstant(local, zone).toUTC().toISO()!;
}

export function instantToLocal(instant: DateTime | Date | string, zone: string): string {
  const dt = typeof instant === 'string' ? DateTime.fromISO(instant) : instant instanceof Date ? DateTime.fromJSDate(instant) : instant;
  return dt.setZone(zone).toFormat(LOCAL_FORMAT);
}

export function isLocalDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

/** Adds whole calendar days in the zone (keeps the wall-clock time across DST). */
export function addLocalDays(local: string, days: number, zone: string): string {
  return localToInstant(local, zone).plus({ days }).toFormat(LOCAL_FORMAT);
}

/** Formats a local time for people: `tisdag 1 december 09:00` / `Tuesday 1 December 09:00`. */
export function formatLocal(local: string, zone: string, locale: 'sv' | 'en', withWeekday = true): string {
  const dt = localToInstant(local, zone).setLocale(locale === 'sv' ? 'sv-SE' : 'en-GB');
  return dt.toFormat(withWeekday ? 'cccc d LLLL HH:mm' : 'd LLLL HH:mm');
}

export function formatTime(local: string, zone: string): string {
  return localToInstant(local, zone).toFormat('HH:mm');
}

/** The UTC offset of a local time, e.g. `+01:00` in winter and `+02:00` in summer in Stockholm. */
export function offsetOf(local: string, zone: string): string {
  return localToInstant(local, zone).toFormat('ZZ');
}
