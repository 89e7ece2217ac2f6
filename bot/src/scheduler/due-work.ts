import { deliveryId, promptSubject, sessionSubject, type DeliveryKey, type DeliveryKind, type DeliveryRecord } from '../domain/delivery';
import { personKey, type PersonRef } from '../domain/identity';
import type { AnswerSet, Enrolment, Programme, Prompt, Session } from '../domain/model';
import { localToInstant } from '../domain/time';
import { recipientsFor } from './recipients';
import { DEFAULT_SCHEDULE_OPTIONS, type ScheduleOptions } from './schedule-options';
import { sessionReminderAt } from './session-reminder-time';

export interface DueWorkInput {
  programme: Programme;
  sessions: readonly Session[];
  prompts: readonly Prompt[];
  enrolments: readonly Enrolment[];
  /** The delivery records of the subjects that may be due (at least those `activeSubjects` names). */
  deliveries: readonly DeliveryRecord[];
  /**
   * Answers to the prompts with something due. Without them no reminders
   * are computed (reminding someone who already answered is worse than a
   * reminder one tick late), and prompts go to everyone; with them, nobody
   * is sent a prompt they have already answered (say, opened from `uppgifter`).
   */
  answers?: readonly AnswerSet[];
  now: Date;
  options?: Partial<ScheduleOptions>;
}

/** One message to one person that is due now. */
export interface WorkItem extends DeliveryKey {
  /** When it became due (UTC ISO). */
  scheduledAt: string;
  /** After this it is not sent any more (UTC ISO): the prompt's due time, or the session's start. */
  expiresAt: string;
  /** The record to claim, if one exists (pending, or unreachable and due for another try). */
  existing?: DeliveryRecord;
}

/**
 * What is due now, as a pure function of the programme, its deliveries and
 * `now`. All times are local wall-clock times in the programme's zone:
 * - each prompt (reflection, feedback, invitation alike) from its send time
 *   until its due time, so a send time missed while the server was down is
 *   caught up while the prompt is open (not to people who already answered);
 * - a reminder for each prompt reminder time that has passed, only the
 *   latest one, only to people whose prompt was sent before that time and
 *   who have not answered, while the prompt is open;
 * - a session reminder from the configured time the day before until the
 *   session starts;
 * to the recipients `recipients.ts` names. Something already recorded as
 * sending, sent, failed or unknown is never due again; `unreachable` is due
 * again after `unreachableRetryMs` (nothing was sent).
 */
export function computeDueWork(input: DueWorkInput): WorkItem[] {
  const options = { ...DEFAULT_SCHEDULE_OPTIONS, ...input.options };
  const zone = input.programme.timeZone;
  const now = input.now.getTime();
  const records = new Map(input.deliveries.map((r) => [deliveryId(r), r] as const));
  const items: WorkItem[] = [];

  const consider = (key: DeliveryKey, scheduledAt: number, expiresAt: number) => {
    const existing = records.get(deliveryId(key));
    if (existing && !isClaimable(existing, now, options.unreachableRetryMs)) return;
    items.push({ ...key, scheduledAt: iso(scheduledAt), expiresAt: iso(expiresAt), ...(existing ? { existing } : {}) });
  };
  const keyFor = (kind: DeliveryKind, subject: DeliveryKey['subject'], person: PersonRef, slot?: string): DeliveryKey => ({
    programmeId: input.programme.id,
    kind,
    subject,
    ...(slot ? { slot } : {}),
    person,
  });

  const participants = recipientsFor(input.enrolments, 'prompt');
  const answered = new Set((input.answers ?? []).map((a) => `${a.programmeId}/${a.promptId}/${personKey(a.person)}`));

  for (const prompt of input.prompts) {
    const sendAt = localToInstant(prompt.sendAt, zone).toMillis();
    const dueAt = localToInstant(prompt.dueAt, zone).toMillis();
    if (now < sendAt || now >= dueAt) continue;
    const subject = promptSubject(prompt.id);
    const hasAnswered = (person: PersonRef) => answered.has(`${input.programme.id}/${prompt.id}/${personKey(person)}`);
    for (const person of participants) if (!hasAnswered(person)) consider(keyFor('prompt', subject, person), sendAt, dueAt);

    const slot = latestPassed(prompt.reminders, zone, now);
    if (!slot || !input.answers) continue;
    for (const person of participants) {
      if (hasAnswered(person)) continue;
      const sent = records.get(deliveryId(keyFor('prompt', subject, person)));
      if (sent?.state !== 'sent' || !sent.sentAt || Date.parse(sent.sentAt) >= slot.at) continue;
      consider(keyFor('promptReminder', subject, person, slot.local), slot.at, dueAt);
    }
  }

  const sessionRecipients = recipientsFor(input.enrolments, 'sessionReminder');
  for (const session of input.sessions) {
    const remindAt = sessionReminderAt(session, zone, options).toMillis();
    const start = localToInstant(session.start, zone).toMillis();
    if (now < remindAt || now >= start) continue;
    for (const person of sessionRecipients) consider(keyFor('sessionReminder', sessionSubject(session.number), person), remindAt, start);
  }

  return items.sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

const KIND_ORDER: Record<DeliveryKind, number> = { prompt: 0, sessionReminder: 1, promptReminder: 2, sessionCatchUp: 3 };

/** May this record be claimed now? Pending always; unreachable once its retry time has come. */
export function isClaimable(record: DeliveryRecord, now: number, unreachableRetryMs: number): boolean {
  if (record.state === 'pending') return true;
  if (record.state === 'unreachable') return Date.parse(record.updatedAt) + unreachableRetryMs <= now;
  return false;
}

/** The latest reminder time that has passed, as local text and instant. */
function latestPassed(reminders: readonly string[], zone: string, now: number): { local: string; at: number } | undefined {
  let latest: { local: string; at: number } | undefined;
  for (const local of reminders) {
    const at = localToInstant(local, zone).toMillis();
    if (at <= now && (!latest || at > latest.at)) latest = { local, at };
  }
  return latest;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
