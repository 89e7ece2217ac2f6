import { conversationTag } from '../bot/src/cards/conversation-tag';
import type { PersonRef } from '../bot/src/domain/identity';
import { teamsParty, type TeamsParty } from '../bot/src/testing/teams-activities';

/** The ingest bench's people: person `i` of one tenant, in a personal chat with the bot. */
export const INGEST_TENANT = '11111111-2222-3333-4444-555555555555';

export function personOf(i: number): PersonRef {
  return { tenantId: INGEST_TENANT, objectId: `00000000-0000-0000-0000-${i.toString(16).padStart(12, '0')}` };
}

export function partyOf(i: number, serviceUrl: string): TeamsParty {
  const person = personOf(i);
  return teamsParty({
    tenantId: person.tenantId,
    aadObjectId: person.objectId,
    userId: `29:bench-${i}`,
    userName: `Person ${i}`,
    email: `person${i}@example.com`,
    conversationId: `a:bench-chat-${i}`,
    serviceUrl,
  });
}

/**
 * The `ref` the app put into person `i`'s prompt card when it sent it: the tag of
 * their stored chat (the bench stores it as `partyOf` describes it).
 */
export function cardRefOf(i: number, serviceUrl: string): string {
  const party = partyOf(i, serviceUrl);
  return conversationTag({
    serviceUrl,
    conversationId: party.conversationId,
    channelId: 'msteams',
    botId: party.botId,
    botName: party.botName,
    userId: party.userId,
  });
}

export function answerText(i: number): string {
  return `Svar ${i}: ${'Jag tar med mig att testa idéer tidigt och prata med dem det gäller. '.repeat(3)}`.trim();
}

/** The rating person `i` gives (1 to 5). */
export function ratingOf(i: number): string {
  return String((i % 5) + 1);
}

/** The id of the message that carries person `i`'s prompt card (the invoke's replyToId). */
export function cardMessageId(promptId: string, i: number): string {
  return `1:${promptId}-card-${i}`;
}
