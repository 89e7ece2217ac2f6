import type { DeliverySubject } from '../domain/delivery';
import { promptSubject, sessionSubject } from '../domain/delivery';
import type { Programme, Prompt, Session } from '../domain/model';
import { localToInstant } from '../domain/time';
import type { ScheduleOptions } from './schedule-options';
import { sessionReminderAt } from './session-reminder-time';

/** A prompt or session with something that may be due now, and its window. */
export interface ActiveSubject {
  subject: DeliverySubject;
  /** From (inclusive) and until (exclusive), epoch ms. */
  from: number;
  until: number;
  /** A prompt reminder time has passed: the answers decide who is reminded. */
  reminderDue: boolean;
}

/**
 * What the runner must look at now: prompts between their send time and
 * due time (a prompt whose send time passed while the server was down is
 * still sent until it is due), and sessions between their reminder time and
 * their start. Pure: `now` is passed in.
 */
export function activeSubjects(
  input: { programme: Programme; sessions: Session[]; prompts: Prompt[]; now: Date },
  options: Pick<ScheduleOptions, 'sessionReminderTime' | 'sessionReminderDaysBefore'>,
): ActiveSubject[] {
  const zone = input.programme.timeZone;
  const t = input.now.getTime();
  const out: ActiveSubject[] = [];
  for (const prompt of input.prompts) {
    const from = localToInstant(prompt.sendAt, zone).toMillis();
    const until = localToInstant(prompt.dueAt, zone).toMillis();
    if (t < from || t >= until) continue;
    const reminderDue = prompt.reminders.some((r) => localToInstant(r, zone).toMillis() <= t);
    out.push({ subject: promptSubject(prompt.id), from, until, reminderDue });
  }
  for (const session of input.sessions) {
    const from = sessionReminderAt(session, zone, options).toMillis();
    const until = localToInstant(session.start, zone).toMillis();
    if (t < from || t >= until) continue;
    out.push({ subject: sessionSubject(session.number), from, until, reminderDue: false });
  }
  return out;
}
