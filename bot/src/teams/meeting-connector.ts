import { CardFactory, MessageFactory, TeamsInfo, type ConversationReference, type TurnContext } from 'botbuilder';
import type { PersonRef } from '../domain/identity';
import type { MeetingChat } from '../domain/live';
import { AppError } from '../errors';
import type { MeetingConnector } from '../live/meeting-connector';
import { attemptResultOf } from './connector-error';
import type { ProactiveAdapter } from './proactive-sender';
import { isAllowedServiceUrl, type ServiceUrlPolicy } from './service-url-policy';

export interface MeetingConnectorOptions {
  adapter: Pick<ProactiveAdapter, 'continueConversationAsync'>;
  /** The bot's app id; undefined or '' in anonymous mode. */
  appId?: string;
  serviceUrlPolicy: ServiceUrlPolicy;
}

/**
 * The Bot Connector calls of live sessions, each inside a proactive turn on
 * the meeting chat (`continueConversationAsync` with the stored reference),
 * only to allowed serviceUrls:
 * - post: POST v3/conversations/{chat}/activities, with `channelData.notification.alertInMeeting` for the bubble;
 * - update: PUT v3/conversations/{chat}/activities/{id};
 * - meetingRole: GET v1/meetings/{meetingId}/participants/{oid}?tenantId= (TeamsInfo.getMeetingParticipant);
 * - memberIds: GET v3/conversations/{chat}/pagedmembers.
 */
export function createMeetingConnector(options: MeetingConnectorOptions): MeetingConnector {
  const inChat = async <T>(chat: MeetingChat, logic: (context: TurnContext) => Promise<T>): Promise<T> => {
    if (!isAllowedServiceUrl(chat.serviceUrl, options.serviceUrlPolicy)) throw new AppError('FORBIDDEN', 'serviceUrl not allowed');
    let result: { ok: true; value: T } | { ok: false; err: unknown } | undefined;
    try {
      await options.adapter.continueConversationAsync(options.appId ?? '', referenceOf(chat), async (context) => {
        // Caught here so the adapter's onTurnError never swallows it.
        try {
          result = { ok: true, value: await logic(context) };
        } catch (err) {
          result = { ok: false, err };
        }
      });
    } catch (err) {
      result = { ok: false, err };
    }
    if (!result) throw new AppError('STORAGE_UNAVAILABLE', 'the meeting chat call gave no result');
    if (!result.ok) throw result.err;
    return result.value;
  };

  return {
    post: (chat, message) =>
      inChat(chat, async (context) => {
        const activity = {
          ...MessageFactory.attachment(CardFactory.adaptiveCard(message.card)),
          summary: message.summary,
          ...(message.alertUrl ? { channelData: { notification: { alertInMeeting: true, externalResourceUrl: message.alertUrl } } } : {}),
        };
        const response = await context.sendActivity(activity);
        if (!response?.id) throw new AppError('STORAGE_UNAVAILABLE', 'the connector returned no activity id');
        return response.id;
      }),

    update: (chat, activityId, card) =>
      inChat(chat, async (context) => {
        await context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: activityId });
      }),

    meetingRole: (chat, person: PersonRef) =>
      inChat(chat, async (context) => {
        if (!chat.meetingId) return undefined;
        try {
          const participant = await TeamsInfo.getMeetingParticipant(context, chat.meetingId, person.objectId, person.tenantId);
          return participant.meeting?.role ?? undefined;
        } catch (err) {
          const result = attemptResultOf(err);
          if (result.kind === 'http' && (result.status === 404 || result.status === 403)) return undefined;
          throw err;
        }
      }),

    memberIds: (chat, limit) =>
      inChat(chat, async (context) => {
        const ids: string[] = [];
        let continuationToken: string | undefined;
        do {
          const page = await TeamsInfo.getPagedMembers(context, Math.min(500, Math.max(50, limit + 1)), continuationToken);
          ids.push(...page.members.map((m) => m.id));
          continuationToken = page.continuationToken || undefined;
        } while (continuationToken && ids.length <= limit);
        return ids.slice(0, limit + 1);
      }),
  };
}

/** A Bot Framework conversation reference for the meeting's group chat. */
function referenceOf(chat: MeetingChat): Partial<ConversationReference> {
  return {
    channelId: chat.channelId,
    serviceUrl: chat.serviceUrl,
    conversation: { id: chat.chatId, conversationType: 'groupChat', isGroup: true, tenantId: chat.tenantId, name: '' },
    bot: { id: chat.botId, name: chat.botName ?? '' },
  };
}
