import { DateTime } from 'luxon';
import type { Locale } from '../domain/locale';
import { formatLocal, formatTime, localToInstant } from '../domain/time';

/** `tisdag 8 december 09:00–12:00`; a session over midnight shows both ends in full. */
export function formatSessionWhen(start: string, end: string, zone: string, locale: Locale): string {
  const sameDay = localToInstant(start, zone).hasSame(localToInstant(end, zone), 'day');
  return sameDay
    ? `${formatLocal(start, zone, locale)}–${formatTime(end, zone)}`
    : `${formatLocal(start, zone, locale)} – ${formatLocal(end, zone, locale)}`;
}

/** An agenda row's time span from its `HH:mm` start and length: `09:15–10:00`. */
export function formatAgendaSpan(start: string, durationMinutes: number): string {
  const from = DateTime.fromFormat(start, 'HH:mm', { zone: 'UTC' });
  if (!from.isValid) return start;
  if (!durationMinutes || durationMinutes <= 0) return from.toFormat('HH:mm');
  return `${from.toFormat('HH:mm')}–${from.plus({ minutes: durationMinutes }).toFormat('HH:mm')}`;
}
