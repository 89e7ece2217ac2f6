import type { Programme, Prompt, Session } from '../domain/model';
import { localToInstant } from '../domain/time';

export type RetentionStatus = 'expired' | 'live' | 'noEnd';

export interface ProgrammeExpiry {
  programmeId: string;
  /** The programme's last local time (a session's end, a prompt's due or reminder time), if any. */
  endLocal?: string;
  /** UTC ISO instants. */
  endsAt?: string;
  expiresAt?: string;
  retentionDays: number;
  status: RetentionStatus;
}

/**
 * When a programme's personal data expires: its retention days
 * (`programme.retentionDays`, else the configured default) after its end,
 * counted as calendar days in its time zone. A programme with no sessions
 * and no prompts has no end and never expires.
 */
export function programmeExpiry(
  loaded: { programme: Programme; sessions: readonly Session[]; prompts: readonly Prompt[] },
  defaultDays: number,
  now: Date,
): ProgrammeExpiry {
  const { programme } = loaded;
  const retentionDays = programme.retentionDays ?? defaultDays;
  const times = [...loaded.sessions.map((s) => s.end), ...loaded.prompts.flatMap((p) => [p.dueAt, ...p.reminders])].sort();
  const endLocal = times[times.length - 1];
  if (!endLocal) return { programmeId: programme.id, retentionDays, status: 'noEnd' };
  const end = localToInstant(endLocal, programme.timeZone);
  const expires = end.plus({ days: retentionDays });
  return {
    programmeId: programme.id,
    endLocal,
    endsAt: end.toUTC().toISO()!,
    expiresAt: expires.toUTC().toISO()!,
    retentionDays,
    status: now.getTime() >= expires.toMillis() ? 'expired' : 'live',
  };
}
