import { intlTag, type Locale } from './locale';

/** Dates and numbers with Intl, always in the programme's time zone. */
export interface Formatters {
  /** `tisdag 1 december 09:00` */
  dateTime(instant: string, timeZone: string): string;
  /** `tis 1 dec.` */
  date(instant: string, timeZone: string): string;
  /** `09:00` */
  time(instant: string, timeZone: string): string;
  /** `09:00–12:00` */
  timeRange(start: string, end: string, timeZone: string): string;
  percent(rate: number): string;
  number(value: number, fractionDigits?: number): string;
}

export function createFormatters(locale: Locale): Formatters {
  const tag = intlTag(locale);
  const cache = new Map<string, Intl.DateTimeFormat>();
  const formatter = (kind: string, timeZone: string, options: Intl.DateTimeFormatOptions) => {
    const key = `${kind}|${timeZone}`;
    let f = cache.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(tag, { ...options, timeZone });
      cache.set(key, f);
    }
    return f;
  };
  const time = (instant: string, timeZone: string) =>
    formatter('time', timeZone, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
  return {
    dateTime: (instant, timeZone) =>
      formatter('dateTime', timeZone, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(
        new Date(instant),
      ),
    date: (instant, timeZone) =>
      formatter('date', timeZone, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(instant)),
    time,
    timeRange: (start, end, timeZone) => `${time(start, timeZone)}–${time(end, timeZone)}`,
    percent: (rate) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(rate),
    number: (value, fractionDigits = 0) =>
      new Intl.NumberFormat(tag, { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(value),
  };
}
