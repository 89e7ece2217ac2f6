import { createHash } from 'node:crypto';
import type { StoredConversation } from '../domain/model';

/** The parts of a person's chat with the bot that every activity from it carries (everything but the language). */
export type ConversationPlace = Pick<StoredConversation, 'serviceUrl' | 'conversationId' | 'channelId' | 'botId' | 'botName' | 'userId'>;

/**
 * A short fingerprint of where a person's chat with the bot lives. The bot
 * puts it into the data of the prompt cards it sends (`ref`), computed from
 * the conversation reference it sent them with; a click that comes back
 * from a chat with the same fingerprint proves that the stored reference
 * was this one when the card went out, so the click need not read it again
 * to see whether it changed. A missing or forged value only costs that read:
 * it is never identity and never access.
 */
export function conversationTag(place: ConversationPlace): string {
  const text = [place.serviceUrl, place.conversationId, place.channelId, place.botId, place.botName ?? '', place.userId].join('\n');
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
