import { isPresenterRole, type MeetingChat } from '../domain/live';
import type { PersonRef } from '../domain/identity';
import type { Role } from '../domain/model';
import { authorize } from '../auth/access';
import { AppError } from '../errors';
import type { LiveDeps } from './live-deps';

/** The caller's role in the programme; FORBIDDEN unless it may run sessions (facilitator or coordinator). */
export async function requireProgrammeRunner(deps: Pick<LiveDeps, 'repos'>, person: PersonRef, programmeId: string): Promise<Role> {
  return authorize(await deps.repos.enrolments.listByPerson(person), programmeId, 'runSession');
}

/**
 * Whether the caller may run the session in this meeting: facilitator or
 * coordinator of its programme, and organizer or presenter of the meeting
 * by the Bot Connector's meeting participant API (not by anything the tab
 * says). FORBIDDEN / MEETING_ROLE_REQUIRED otherwise.
 */
export async function requireFacilitator(
  deps: Pick<LiveDeps, 'repos' | 'connector'>,
  person: PersonRef,
  chat: MeetingChat & { programmeId: string },
): Promise<void> {
  await requireProgrammeRunner(deps, person, chat.programmeId);
  if (!chat.meetingId) throw new AppError('MEETING_ROLE_REQUIRED', 'the meeting id is not known, so the meeting role cannot be checked');
  const role = await deps.connector.meetingRole(chat, person);
  if (!isPresenterRole(role)) throw new AppError('MEETING_ROLE_REQUIRED', `meeting role ${role ?? 'none'}`);
}

/** The same as a yes/no, for showing controls (errors other than a refusal still throw). */
export async function canFacilitate(
  deps: Pick<LiveDeps, 'repos' | 'connector'>,
  person: PersonRef,
  chat: MeetingChat & { programmeId: string },
): Promise<boolean> {
  try {
    await requireFacilitator(deps, person, chat);
    return true;
  } catch (err) {
    if (err instanceof AppError && (err.code === 'FORBIDDEN' || err.code === 'MEETING_ROLE_REQUIRED')) return false;
    throw err;
  }
}
