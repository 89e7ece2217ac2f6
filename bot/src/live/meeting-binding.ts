import { recordAudit } from '../api/audit-log';
import type { PersonRef } from '../domain/identity';
import type { MeetingChat } from '../domain/live';
import { AppError } from '../errors';
import { requireProgrammeRunner } from './facilitator-check';
import type { LiveDeps } from './live-deps';

export interface BindRequest {
  chatId: string;
  programmeId: string;
  sessionNumber: number;
  /** From the tab's meeting context; kept when the bot has not seen it yet. */
  meetingId?: string;
}

/**
 * Binds a meeting chat to a programme session. Only facilitators and
 * coordinators of that programme may; the chat must be one the bot is in
 * (added to the meeting), so it can post there later. Audited.
 */
export async function bindMeeting(deps: LiveDeps, person: PersonRef, request: BindRequest): Promise<MeetingChat> {
  await requireProgrammeRunner(deps, person, request.programmeId);
  const loaded = await deps.repos.programmes.load(request.programmeId);
  if (!loaded?.sessions.some((s) => s.number === request.sessionNumber)) {
    throw new AppError('NOT_FOUND', `programme ${request.programmeId} has no session ${request.sessionNumber}`);
  }
  const now = deps.clock().toISOString();
  const chat = await deps.repos.meetings.change(request.chatId, (current) => {
    if (!current) throw new AppError('LIVE_CHAT_UNKNOWN', 'add the app to the meeting first');
    return {
      ...current,
      programmeId: request.programmeId,
      sessionNumber: request.sessionNumber,
      meetingId: current.meetingId ?? request.meetingId,
      boundAt: now,
      updatedAt: now,
    };
  });
  await recordAudit(deps.repos.audit, {
    person,
    action: 'meeting.bind',
    programmeId: request.programmeId,
    target: `session ${request.sessionNumber}`,
    now: deps.clock(),
  });
  return chat!;
}
