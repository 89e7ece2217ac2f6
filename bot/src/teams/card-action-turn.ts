import type { Activity, TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { withConversationTag } from '../cards/conversation-tag-actions';
import { conversationTag } from '../cards/conversation-tag';
import { pickLocale, type Locale } from '../domain/locale';
import { cardLocaleOf } from '../prompts/card-action';
import { errorSummary } from './error-summary';
import type { ProgrammeBotDeps } from './bot-deps';
import { conversationReferenceOf, followLocale, resolveLocale } from './sender-refresh';
import { clientLocaleOf, isPersonalScope, personRefOf } from './teams-activity';
import type { Sender } from './turn-state';

/**
 * Turn-start for a click on a card: the sender refresh (stored locale and
 * conversation reference) runs alongside the answer instead of before it,
 * so a slow store cannot eat the invoke's time budget, and a store that is
 * down still leaves the person known from the activity (they get the
 * try-again card, not a turn error).
 */
const SENDER_PROMISE = Symbol('programmeBot.senderPromise');

export function isCardActionInvoke(activity: Partial<Activity>): boolean {
  return activity.type === 'invoke' && activity.name === 'adaptiveCard/action';
}

/** The sender known without storage: the person from the activity, the client's language. */
export function senderFromActivity(activity: Partial<Activity>): Sender {
  return { person: personRefOf(activity), locale: pickLocale(clientLocaleOf(activity)) };
}

/** Starts the sender refresh without waiting; a failure falls back to `senderFromActivity`. */
export function startSenderRefresh(context: TurnContext, deps: ProgrammeBotDeps): Promise<Sender> {
  const activity = context.activity;
  const refreshing = refreshCardSender(activity, deps).catch((err: unknown) => {
    deps.logger.child('card-action').warn({ err: errorSummary(err) }, 'sender refresh failed; using the activity');
    return senderFromActivity(activity);
  });
  context.turnState.set(SENDER_PROMISE, refreshing);
  return refreshing;
}

/**
 * The sender refresh of `refreshSender`, for clicks: the stored conversation
 * is read (with the person, when needed) and the conversation reference is
 * written only when it changed (a whole cohort answering a prompt would
 * otherwise rewrite every reference unchanged).
 *
 * The person is read only for their language. A card we wrote carries the
 * language it was written in (its own display setting, never identity);
 * when that is the language the Teams client asks for, it is the language
 * the person's profile resolved to when the card was sent, and nothing
 * about the language needs storing now, so the read is skipped. Otherwise
 * (an older card, another client language) the person is read and their
 * stored language follows the client, as for any other activity.
 */
async function refreshCardSender(activity: Partial<Activity>, deps: ProgrammeBotDeps): Promise<Sender> {
  const person = personRefOf(activity);
  const clientLocale = clientLocaleOf(activity);
  if (!person) return { locale: pickLocale(clientLocale) };
  const data = cardDataOf(activity);
  const cardLocale = cardLocaleOf(data?.locale);
  const trustCard = cardLocale !== undefined && cardLocale === pickLocale(clientLocale);
  // The card carries the tag of the chat it was sent to: the click comes from that very chat, so the stored
  // reference was this one when the card went out, and nothing needs reading or writing now.
  if (trustCard && typeof data?.ref === 'string' && data.ref === activityTag(activity)) return { person, locale: cardLocale };
  // Only a personal chat's reference is stored (a click in a meeting chat has none to compare).
  const [stored, conversation] = await Promise.all([
    trustCard ? undefined : deps.repos.people.get(person),
    isPersonalScope(activity) ? deps.repos.conversations.get(person) : undefined,
  ]);
  const locale: Locale = trustCard ? cardLocale : resolveLocale(stored?.languagePreference, clientLocale, stored?.locale);
  const fresh = conversationReferenceOf(activity, locale);
  if (fresh) {
    const same = conversation && (Object.keys(fresh) as (keyof typeof fresh)[]).every((key) => conversation[key] === fresh[key]);
    if (!same) await deps.repos.conversations.save({ person, ...fresh, updatedAt: deps.clock().toISOString() });
  }
  await followLocale(deps, stored, locale);
  return { person, locale };
}

/** The conversation tag of the chat an activity came from (cards/conversation-tag.ts); undefined outside a personal chat. */
export function activityTag(activity: Partial<Activity>): string | undefined {
  const fields = conversationReferenceOf(activity, 'sv');
  return fields && conversationTag(fields);
}

/** The card with the activity's conversation tag in its prompt actions, so the next click on it can skip the refresh. */
export function taggedForActivity(activity: Partial<Activity>, card: AdaptiveCard): AdaptiveCard {
  const tag = activityTag(activity);
  return tag ? withConversationTag(card, tag) : card;
}

/** The card's data, unchecked: `value.action.data` of an Action.Execute, `value` of an Action.Submit. */
function cardDataOf(activity: Partial<Activity>): Record<string, unknown> | undefined {
  const value = activity.value as { action?: { data?: unknown } } | undefined;
  const data: unknown = activity.type === 'invoke' ? value?.action?.data : value;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

export function senderPromiseOf(context: TurnContext): Promise<Sender> {
  return (context.turnState.get(SENDER_PROMISE) as Promise<Sender> | undefined) ?? Promise.resolve(senderFromActivity(context.activity));
}

const STARTED_AT = Symbol('programmeBot.turnStartedAt');

/** Notes when the turn began, so an invoke's time budget counts everything before the handler too. */
export function markTurnStart(context: TurnContext): void {
  context.turnState.set(STARTED_AT, performance.now());
}

export function turnStartedAt(context: TurnContext): number {
  return (context.turnState.get(STARTED_AT) as number | undefined) ?? performance.now();
}
