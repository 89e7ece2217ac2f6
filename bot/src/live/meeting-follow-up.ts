import { promptSubject, sessionSubject, type DeliveryKey, type DeliveryRecord } from '../domain/delivery';
import { personKey } from '../domain/identity';
import { firstJoin } from '../domain/live';
import { localToInstant } from '../domain/time';
import type { DeliveryDeps } from '../delivery/delivery-deps';
import { fanOut, type FanOutReport } from '../delivery/fan-out';
import { itemsToSendAtOnce } from '../delivery/send-at-once';
import { recipientsFor } from '../scheduler/recipients';
import type { WorkItem } from '../scheduler/due-work';

/** How long a catch-up stays worth sending when no later session bounds it. */
const CATCH_UP_WINDOW_MS = 7 * 24 * 3600_000;

export interface FollowUpReport {
  attendees: number;
  absentees: number;
  /** Follow-up prompts not open yet at the meeting's end: the scheduler sends them at their send time. */
  notYetOpen: string[];
  fanOut: FanOutReport;
}

/**
 * After a bound meeting ended: enrolled participants who attended get the
 * session's feedback question and the next assignment (the prompts that
 * follow this session and are open now) in their personal chat; those who
 * did not attend get a catch-up card with the agenda and materials. All of
 * it through the delivery records the scheduler uses, so each person gets
 * each message once, whoever sends it first and however often the meeting
 * end is reported.
 */
export async function sendMeetingFollowUp(
  deps: DeliveryDeps,
  programmeId: string,
  sessionNumber: number,
): Promise<FollowUpReport | undefined> {
  const { repos } = deps;
  const loaded = await repos.programmes.load(programmeId);
  const session = loaded?.sessions.find((s) => s.number === sessionNumber);
  if (!loaded || !session) return undefined;
  const zone = loaded.programme.timeZone;
  const now = deps.clock();
  const [enrolments, attendance] = await Promise.all([
    repos.enrolments.listByProgramme(programmeId),
    repos.live.listAttendance(programmeId, sessionNumber),
  ]);
  const attended = new Set(attendance.filter((a) => firstJoin(a.events)).map((a) => personKey(a.person)));
  const participants = recipientsFor(enrolments, 'prompt');
  const attendees = participants.filter((p) => attended.has(personKey(p)));
  const absentees = participants.filter((p) => !attended.has(personKey(p)));

  const followUps = loaded.prompts.filter((p) => p.afterSession === sessionNumber && (p.kind === 'feedback' || p.kind === 'reflection'));
  const open = followUps.filter((p) => {
    const t = now.getTime();
    return localToInstant(p.sendAt, zone).toMillis() <= t && t < localToInstant(p.dueAt, zone).toMillis();
  });
  const notYetOpen = followUps.filter((p) => localToInstant(p.sendAt, zone).toMillis() > now.getTime()).map((p) => p.id);

  const items: WorkItem[] = [];
  const add = async (keys: DeliveryKey[], scheduledAt: string, expiresAt: string, subjectRecords: DeliveryRecord[]) => {
    items.push(...(await itemsToSendAtOnce(repos, keys, subjectRecords, { scheduledAt, expiresAt }, now)));
  };
  for (const prompt of open) {
    const subject = promptSubject(prompt.id);
    const existing = await repos.deliveries.listBySubject(programmeId, subject);
    await add(
      attendees.map((person) => ({ programmeId, kind: 'prompt', subject, person })),
      now.toISOString(),
      localToInstant(prompt.dueAt, zone).toUTC().toISO()!,
      existing,
    );
  }
  const subject = sessionSubject(sessionNumber);
  const next = loaded.sessions.find((s) => s.number === sessionNumber + 1);
  const catchUpUntil = next ? localToInstant(next.start, zone).toMillis() : now.getTime() + CATCH_UP_WINDOW_MS;
  if (catchUpUntil > now.getTime()) {
    const existing = await repos.deliveries.listBySubject(programmeId, subject);
    await add(
      absentees.map((person) => ({ programmeId, kind: 'sessionCatchUp', subject, person })),
      now.toISOString(),
      new Date(catchUpUntil).toISOString(),
      existing,
    );
  }
  const report = await fanOut(items, { deps, snapshot: { ...loaded, enrolments } });
  return { attendees: attendees.length, absentees: absentees.length, notYetOpen, fanOut: report };
}
