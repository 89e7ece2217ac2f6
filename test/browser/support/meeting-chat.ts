import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { postActivity } from '../../../bot/src/testing/teams-activities';

/** A Teams meeting as the tab's context and the bot's activities name it. */
export interface TestMeeting {
  /** The meeting chat's conversation id, `19:meeting_…@thread.v2` (the context's `chat.id`). */
  chatId: string;
  /** The context's `meeting.id` and the activities' `channelData.meeting.id`. */
  meetingId: string;
  tenantId: string;
}

export function testMeeting(tenantId: string): TestMeeting {
  const key = randomUUID().replace(/-/g, '');
  return {
    chatId: `19:meeting_${key}@thread.v2`,
    meetingId: `MCM${Buffer.from(`meeting-${key}`).toString('base64').replace(/=+$/, '')}`,
    tenantId,
  };
}

/** The legacy context fields the Teams host test page gives a tab inside the meeting. */
export function meetingContext(meeting: TestMeeting): Record<string, unknown> {
  return { chatId: meeting.chatId, meetingId: meeting.meetingId };
}

/**
 * Someone adds the app to the meeting: Teams posts a conversationUpdate
 * from the meeting chat with the bot among the members added. The bot then
 * knows the chat (and its serviceUrl, here the Bot Connector fake's).
 */
export async function addAppToMeeting(
  appUrl: string,
  meeting: TestMeeting,
  options: { serviceUrl: string; from: { id: string; aadObjectId: string; name: string } },
): Promise<void> {
  const botId = '28:programme-bot';
  const activity: Partial<Activity> = {
    type: 'conversationUpdate',
    id: `f:${Date.now()}`,
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: new Date(),
    from: options.from,
    recipient: { id: botId, name: 'Innovationsresan' },
    conversation: { id: meeting.chatId, conversationType: 'groupChat', isGroup: true, tenantId: meeting.tenantId, name: '' },
    channelData: { tenant: { id: meeting.tenantId }, meeting: { id: meeting.meetingId } },
    membersAdded: [{ id: botId, name: '' }],
  };
  const res = await postActivity(appUrl, activity);
  if (res.status !== 200) throw new Error(`POST /api/messages (conversationUpdate from the meeting chat) answered ${res.status}`);
}

/** A participant joins the meeting: the event Teams posts from the meeting chat (`meetingParticipantJoin`). */
export async function postParticipantJoined(
  appUrl: string,
  meeting: TestMeeting,
  options: { serviceUrl: string; user: { id: string; aadObjectId: string; name: string } },
): Promise<void> {
  const botId = '28:programme-bot';
  const activity: Partial<Activity> = {
    type: 'event',
    name: 'application/vnd.microsoft.meetingParticipantJoin',
    id: `f:${Date.now()}j`,
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    timestamp: new Date(),
    from: { id: options.user.id, aadObjectId: options.user.aadObjectId, name: options.user.name },
    recipient: { id: botId, name: 'Innovationsresan' },
    conversation: { id: meeting.chatId, conversationType: 'groupChat', isGroup: true, tenantId: meeting.tenantId, name: '' },
    channelData: { tenant: { id: meeting.tenantId }, meeting: { id: meeting.meetingId } },
    value: {
      members: [{ user: { ...options.user, tenantId: meeting.tenantId }, meeting: { inMeeting: true, role: 'Attendee' } }],
    },
  };
  const res = await postActivity(appUrl, activity);
  if (res.status !== 200) throw new Error(`POST /api/messages (meetingParticipantJoin) answered ${res.status}`);
}
