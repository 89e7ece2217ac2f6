import { personKey, type PersonRef } from '../domain/identity';
import { addAttendanceEvent, type AttendanceEventKind, type MeetingChat } from '../domain/live';
import { isAppError, AppError } from '../errors';
import { retryOnConflict } from '../storage/repositories/retry';
import type { LiveDeps } from './live-deps';
import { changeAgenda } from './agenda-state';

/** The part of a meeting chat's reference that comes from each activity in it. */
export type MeetingChatReference = Pick<
  MeetingChat,
  'chatId' | 'tenantId' | 'serviceUrl' | 'channelId' | 'botId' | 'botName' | 'meetingId'
>;

/**
 * Stores (or refreshes) the meeting chat's reference from an activity in
 * it, keeping its binding and lifecycle. Written only when something changed.
 */
export async function rememberMeetingChat(deps: Pick<LiveDeps, 'repos' | 'clock'>, reference: MeetingChatReference): Promise<MeetingChat> {
  const chat = await deps.repos.meetings.change(reference.chatId, (current) => {
    const fresh = { ...reference, meetingId: reference.meetingId ?? current?.meetingId };
    if (current && (Object.keys(fresh) as (keyof typeof fresh)[]).every((key) => current[key] === fresh[key])) return undefined;
    return { ...current, ...fresh, updatedAt: deps.clock().toISOString() };
  });
  return chat!;
}

/**
 * meetingStart / meetingEnd: the first of each is kept (a repeated or late
 * event changes nothing). Returns true for the one call that recorded the
 * end of a bound meeting, which then sends the follow-up.
 */
export async function recordMeetingLifecycle(
  deps: Pick<LiveDeps, 'repos' | 'clock'>,
  chatId: string,
  event: 'start' | 'end',
  at: string,
): Promise<{ first: boolean; chat?: MeetingChat }> {
  let first = false;
  const chat = await deps.repos.meetings.change(chatId, (current) => {
    first = false;
    if (!current) return undefined;
    if (event === 'start' && current.startedAt) return undefined;
    if (event === 'end' && current.endedAt) return undefined;
    first = true;
    return { ...current, ...(event === 'start' ? { startedAt: at } : { endedAt: at }), updatedAt: deps.clock().toISOString() };
  });
  const bound = first && chat?.programmeId !== undefined && chat.sessionNumber !== undefined;
  if (bound) {
    await changeAgenda(deps, chat as { programmeId: string; sessionNumber: number }, (state) => {
      if (event === 'start') return state.meetingStartedAt ? undefined : { ...state, meetingStartedAt: at };
      return state.meetingEndedAt ? undefined : { ...state, meetingEndedAt: at };
    });
  }
  return { first: bound, chat };
}

/**
 * Participant join / leave: recorded per enrolled person of the bound
 * session (others are not stored), each event once, in time order.
 * Returns how many people's attendance changed.
 */
export async function recordParticipants(
  deps: Pick<LiveDeps, 'repos' | 'logger'>,
  chatId: string,
  kind: AttendanceEventKind,
  people: PersonRef[],
  at: string,
): Promise<number> {
  const chat = await deps.repos.meetings.get(chatId);
  if (!chat?.programmeId || chat.sessionNumber === undefined) return 0;
  const { programmeId, sessionNumber } = chat;
  const enrolled = new Set(
    (await deps.repos.enrolments.listByProgramme(programmeId)).flatMap((e) => (e.person ? [personKey(e.person)] : [])),
  );
  let changed = 0;
  for (const person of people) {
    if (!enrolled.has(personKey(person))) continue;
    const did = await retryOnConflict(async () => {
      const current = await deps.repos.live.getAttendance(programmeId, sessionNumber, person);
      const events = addAttendanceEvent(current?.events ?? [], { kind, at });
      if (!events) return false;
      try {
        await deps.repos.live.saveAttendance({ programmeId, sessionNumber, person, events, version: current?.version });
      } catch (err) {
        if (isAppError(err, 'STORAGE_ALREADY_EXISTS'))
          throw new AppError('STORAGE_CONFLICT', 'attendance created meanwhile', { cause: err });
        throw err;
      }
      return true;
    });
    if (did) changed++;
  }
  return changed;
}
