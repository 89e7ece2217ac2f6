/** Tunables of the due-work rules. */
export interface ScheduleOptions {
  /** Local time of day (`HH:mm`, programme zone) the session reminder goes out. Default `09:00`. */
  sessionReminderTime: string;
  /** How many calendar days before the session. Default 1 (the day before). */
  sessionReminderDaysBefore: number;
  /** An `unreachable` delivery (nothing was sent) is tried again this long after it was recorded. Default 15 minutes. */
  unreachableRetryMs: number;
}

export const DEFAULT_SCHEDULE_OPTIONS: ScheduleOptions = {
  sessionReminderTime: '09:00',
  sessionReminderDaysBefore: 1,
  unreachableRetryMs: 15 * 60_000,
};

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Hours and minutes of an `HH:mm`; throws RangeError on anything else. */
export function parseTimeOfDay(value: string): { hour: number; minute: number } {
  const m = TIME_OF_DAY.exec(value);
  if (!m) throw new RangeError(`"${value}" is not a time of day (HH:mm)`);
  return { hour: Number(m[1]), minute: Number(m[2]) };
}
