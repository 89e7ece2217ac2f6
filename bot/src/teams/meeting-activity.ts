import type { Activity } from 'botbuilder';
import { isPersonRef, type PersonRef } from '../domain/identity';
import type { MeetingChatReference } from '../live/meeting-events';
import { tenantIdOf } from './teams-activity';

/**
 * Reading the meeting parts of Teams activities: the meeting chat's
 * reference, the meeting event's time, and the participants of a join or
 * leave event. Shapes as Teams sends them:
 * - meetingStart/End: `type: 'event'`, `name: 'application/vnd.microsoft.meetingStart'`,
 *   `value: { Id, MeetingType, JoinUrl, Title, StartTime | EndTime }`, `channelData.meeting.id`;
 * - participant join/leave: `name: 'application/vnd.microsoft.meetingParticipantJoin'`,
 *   `value: { members: [{ user: { id, aadObjectId, name, tenantId, … }, meeting: { inMeeting, role } }] }`.
 */

export const MEETING_EVENTS = {
  start: 'application/vnd.microsoft.meetingStart',
  end: 'application/vnd.microsoft.meetingEnd',
  join: 'application/vnd.microsoft.meetingParticipantJoin',
  leave: 'application/vnd.microsoft.meetingParticipantLeave',
} as const;

interface MeetingChannelData {
  meeting?: { id?: unknown };
}

/** The meeting chat the activity came from, if it is one (a group chat of a Teams meeting). */
export function meetingChatOf(activity: Partial<Activity>): MeetingChatReference | undefined {
  const conversation = activity.conversation;
  const meetingId = (activity.channelData as MeetingChannelData | undefined)?.meeting?.id;
  const tenantId = tenantIdOf(activity);
  if (!conversation?.id || !activity.serviceUrl || !activity.recipient?.id || !tenantId) return undefined;
  const isMeetingChat = typeof meetingId === 'string' || conversation.id.startsWith('19:meeting_');
  if (!isMeetingChat || conversation.conversationType === 'personal') return undefined;
  return {
    chatId: conversation.id,
    tenantId,
    serviceUrl: activity.serviceUrl,
    channelId: activity.channelId ?? 'msteams',
    botId: activity.recipient.id,
    botName: activity.recipient.name || undefined,
    ...(typeof meetingId === 'string' && meetingId ? { meetingId } : {}),
  };
}

/** When the event happened: the meeting's own StartTime/EndTime, else the activity's timestamp, else `now`. */
export function meetingEventTime(activity: Partial<Activity>, now: Date): string {
  const value = activity.value as { StartTime?: unknown; EndTime?: unknown } | undefined;
  for (const candidate of [value?.StartTime, value?.EndTime, activity.timestamp]) {
    const at = candidate instanceof Date ? candidate.getTime() : typeof candidate === 'string' ? Date.parse(candidate) : NaN;
    if (Number.isFinite(at)) return new Date(at).toISOString();
  }
  return now.toISOString();
}

/** The people in a participant join/leave event (tenant + object id; others are skipped). */
export function participantsOf(activity: Partial<Activity>): PersonRef[] {
  const members = (activity.value as { members?: unknown } | undefined)?.members;
  if (!Array.isArray(members)) return [];
  const fallbackTenant = tenantIdOf(activity);
  return members.flatMap((member: unknown) => {
    const user = (member as { user?: { aadObjectId?: unknown; tenantId?: unknown } } | undefined)?.user;
    const ref = {
      tenantId: typeof user?.tenantId === 'string' && user.tenantId ? user.tenantId : fallbackTenant,
      objectId: user?.aadObjectId,
    };
    return isPersonRef(ref) ? [{ tenantId: ref.tenantId, objectId: ref.objectId }] : [];
  });
}
