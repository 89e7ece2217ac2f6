import type { Activity } from 'botbuilder';
import type { TeamsParty } from './teams-activities';

/**
 * Teams-shaped activities from a meeting's group chat, as Teams sends them
 * to a bot installed in the meeting: the bot added to the chat, meeting
 * start/end events, participant join/leave events, and card clicks
 * (Action.Execute invokes) in the chat. `party` is who acts (its personal
 * conversation id is not used); `meeting` is the chat.
 */
export interface TeamsMeeting {
  /** The meeting chat's conversation id, `19:meeting_…@thread.v2`. */
  chatId: string;
  /** The Teams meeting id (base64 `MCMj…`). */
  meetingId: string;
  title: string;
  joinUrl: string;
}

export function teamsMeeting(overrides: Partial<TeamsMeeting> = {}): TeamsMeeting {
  const tag = Math.random().toString(36).slice(2, 10);
  return {
    chatId: `19:meeting_${tag}@thread.v2`,
    meetingId: `MCMjMCMjOTk5${tag}`,
    title: 'Innovationsresan – träff 1',
    joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${tag}%40thread.v2/0`,
    ...overrides,
  };
}

let sequence = 0;

function inMeeting(party: TeamsParty, meeting: TeamsMeeting, type: string): Partial<Activity> {
  return {
    type,
    id: `1:${Date.now()}${++sequence}`,
    timestamp: new Date(),
    channelId: 'msteams',
    serviceUrl: party.serviceUrl,
    from: { id: party.userId, name: party.userName, aadObjectId: party.aadObjectId },
    recipient: { id: party.botId, name: party.botName },
    conversation: { id: meeting.chatId, conversationType: 'groupChat', tenantId: party.tenantId, isGroup: true, name: '' },
    channelData: { tenant: { id: party.tenantId }, meeting: { id: meeting.meetingId } },
    locale: party.locale,
    entities: [{ type: 'clientInfo', locale: party.locale, country: 'SE', platform: 'Web', timezone: 'Europe/Stockholm' }],
  };
}

/** conversationUpdate: the app (its bot) was added to the meeting chat by `party`. */
export function meetingBotAdded(party: TeamsParty, meeting: TeamsMeeting): Partial<Activity> {
  const { locale: _locale, entities: _entities, ...activity } = inMeeting(party, meeting, 'conversationUpdate');
  return { ...activity, membersAdded: [{ id: party.botId, name: '' }] };
}

/** `application/vnd.microsoft.meetingStart` / `meetingEnd`, with the meeting's own start or end time. */
export function meetingLifecycleEvent(party: TeamsParty, meeting: TeamsMeeting, kind: 'start' | 'end', at: Date): Partial<Activity> {
  const { locale: _locale, entities: _entities, ...activity } = inMeeting(party, meeting, 'event');
  const value = {
    Id: meeting.meetingId,
    MeetingType: 'Scheduled',
    JoinUrl: meeting.joinUrl,
    Title: meeting.title,
    ...(kind === 'start' ? { StartTime: at.toISOString() } : { EndTime: at.toISOString() }),
  };
  return {
    ...activity,
    timestamp: at,
    name: kind === 'start' ? 'application/vnd.microsoft.meetingStart' : 'application/vnd.microsoft.meetingEnd',
    value,
  };
}

/** `application/vnd.microsoft.meetingParticipantJoin` / `…Leave` for these people. */
export function meetingParticipantsEvent(
  sender: TeamsParty,
  meeting: TeamsMeeting,
  kind: 'join' | 'leave',
  people: TeamsParty[],
  at: Date,
  role = 'Attendee',
): Partial<Activity> {
  const { locale: _locale, entities: _entities, ...activity } = inMeeting(sender, meeting, 'event');
  return {
    ...activity,
    timestamp: at,
    name: kind === 'join' ? 'application/vnd.microsoft.meetingParticipantJoin' : 'application/vnd.microsoft.meetingParticipantLeave',
    value: {
      members: people.map((p) => ({
        user: { id: p.userId, name: p.userName, aadObjectId: p.aadObjectId, tenantId: p.tenantId, userRole: 'user' },
        meeting: { inMeeting: kind === 'join', role },
      })),
    },
  };
}

/** An Action.Execute click on a card in the meeting chat (`trigger: 'automatic'` for a refresh). */
export function meetingCardInvoke(
  party: TeamsParty,
  meeting: TeamsMeeting,
  verb: string,
  data: Record<string, unknown>,
  replyToId = '1:card',
  trigger: 'manual' | 'automatic' = 'manual',
): Partial<Activity> {
  return {
    ...inMeeting(party, meeting, 'invoke'),
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', id: `action-${verb}`, verb, data }, trigger },
  };
}
