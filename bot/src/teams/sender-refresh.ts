import type { Activity, TurnContext } from 'botbuilder';
import { pickLocale, type Locale } from '../domain/locale';
import type { Person, StoredConversation } from '../domain/model';
import type { ProgrammeBotDeps } from './bot-deps';
import { clientLocaleOf, isPersonalScope, personRefOf } from './teams-activity';
import type { Sender } from './turn-state';

/**
 * First step of every turn: who is this and which language do they read?
 * In a personal chat the stored conversation reference (serviceUrl, ids,
 * locale) is refreshed from every inbound activity, for proactive messages.
 */
export async function refreshSender(context: TurnContext, deps: ProgrammeBotDeps): Promise<Sender> {
  const activity = context.activity;
  const person = personRefOf(activity);
  const clientLocale = clientLocaleOf(activity);
  if (!person) return { locale: pickLocale(clientLocale) };

  const stored = await deps.repos.people.get(person);
  const locale: Locale = resolveLocale(stored?.languagePreference, clientLocale, stored?.locale);

  const reference = conversationReferenceOf(activity, locale);
  if (reference) await deps.repos.conversations.save({ person, ...reference, updatedAt: deps.clock().toISOString() });
  await followLocale(deps, stored, locale);
  return { person, locale };
}

/** The parts of a stored conversation an inbound activity carries; only in a personal chat. */
export type ConversationReferenceFields = Omit<StoredConversation, 'person' | 'greetedAt' | 'updatedAt' | 'version'>;

export function conversationReferenceOf(activity: Partial<Activity>, locale: Locale): ConversationReferenceFields | undefined {
  if (!isPersonalScope(activity) || !activity.serviceUrl || !activity.recipient?.id || !activity.conversation || !activity.from)
    return undefined;
  return {
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    channelId: activity.channelId ?? 'msteams',
    botId: activity.recipient.id,
    botName: activity.recipient.name || undefined,
    userId: activity.from.id,
    locale,
  };
}

/**
 * The language a reply is written in: an explicit preference (the person's
 * own choice or their roster row) first, then the Teams client's language
 * (English only when it is English), then what was stored, then Swedish.
 */
export function resolveLocale(preference: Locale | undefined, clientLocale: string | undefined, stored: Locale | undefined): Locale {
  if (preference) return preference;
  if (clientLocale) return pickLocale(clientLocale);
  return stored ?? 'sv';
}

/** A person who switched Teams' language gets later (proactive) messages in the new one. */
export async function followLocale(deps: ProgrammeBotDeps, stored: Person | undefined, locale: Locale): Promise<void> {
  if (stored && stored.locale !== locale) await deps.repos.people.put({ ...stored, locale });
}
