import type { Activity, TestAdapter, TestFlow } from 'botbuilder';
import { adaptiveCardOf, cardTexts } from './card-inspect';

/**
 * Conversation tests as tables of turns: `[userSays, expectation]`. The
 * user says a text (sent as a Teams message) or a whole activity; the
 * expectation checks the bot's one reply to it.
 */
export type Expectation = (reply: Partial<Activity>) => void;
export type Turn = [says: string | Partial<Activity>, expect: Expectation];

/** Runs the turns in order through one adapter; fails on a missing reply or one reply too many. */
export async function converse(adapter: TestAdapter, turns: Turn[]): Promise<void> {
  let flow: TestFlow | undefined;
  for (const [says, expectation] of turns) {
    const description = typeof says === 'string' ? `reply to "${says}"` : `reply to ${says.type}`;
    flow = (flow ? flow.send(says) : adapter.send(says)).assertReply((reply) => expectation(reply), description, 3000);
  }
  if (flow) await flow.assertNoReply('no further reply', 50);
}

/** The reply is an Adaptive Card showing all these strings (each equal to one text on the card). */
export function cardShowing(...texts: string[]): Expectation {
  return (reply) => {
    const card = adaptiveCardOf(reply);
    if (!card) throw new Error(`expected an Adaptive Card, got ${JSON.stringify({ type: reply.type, text: reply.text })}`);
    const shown = cardTexts(card);
    const missing = texts.filter((t) => !shown.includes(t));
    if (missing.length > 0) throw new Error(`card does not show ${JSON.stringify(missing)}; it shows ${JSON.stringify(shown)}`);
  };
}

/** The reply is a plain text message with exactly this text. */
export function textReply(text: string): Expectation {
  return (reply) => {
    if (reply.text !== text || (reply.attachments?.length ?? 0) > 0)
      throw new Error(`expected text ${JSON.stringify(text)}, got ${JSON.stringify(reply.text)}`);
  };
}

/** Both expectations hold. */
export function and(...expectations: Expectation[]): Expectation {
  return (reply) => expectations.forEach((e) => e(reply));
}
