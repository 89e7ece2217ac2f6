import type { Activity, ChannelAccount } from 'botbuilder';
import { isPersonRef, type PersonRef } from '../domain/identity';

/**
 * Reading the Teams parts of an inbound activity. A person is the tenant
 * plus the Entra object id from `from.aadObjectId`, never a name or e-mail.
 */

interface TeamsChannelDataLike {
  tenant?: { id?: string };
}

export function tenantIdOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as TeamsChannelDataLike | undefined;
  return activity.conversation?.tenantId || channelData?.tenant?.id || undefined;
}

export function personRefOf(activity: Partial<Activity>): PersonRef | undefined {
  const ref = { tenantId: tenantIdOf(activity), objectId: activity.from?.aadObjectId };
  return isPersonRef(ref) ? ref : undefined;
}

/** Personal (1:1) scope. The Playground leaves `conversationType` out of personal chats. */
export function isPersonalScope(activity: Partial<Activity>): boolean {
  const conversation = activity.conversation;
  if (!conversation?.id) return false;
  if (conversation.conversationType) return conversation.conversationType === 'personal';
  return !conversation.isGroup;
}

/** The client's locale: the activity's, else the `clientInfo` entity's. */
export function clientLocaleOf(activity: Partial<Activity>): string | undefined {
  if (activity.locale) return activity.locale;
  const info = activity.entities?.find((e) => e.type === 'clientInfo') as { locale?: unknown } | undefined;
  return typeof info?.locale === 'string' ? info.locale : undefined;
}

/** True when a conversationUpdate says the bot itself was added. */
export function botWasAdded(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return !!botId && (activity.membersAdded ?? []).some((m: ChannelAccount) => m.id === botId);
}
