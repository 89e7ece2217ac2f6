import type { TurnContext } from 'botbuilder';
import type { PersonRef } from '../domain/identity';
import { pickLocale, type Locale } from '../domain/locale';
import { clientLocaleOf } from './teams-activity';

/** What the first step of a turn worked out about the sender, for the handlers after it. */
export interface Sender {
  /** Tenant + Entra object id; undefined when the activity does not carry them. */
  person?: PersonRef;
  /** The language to answer in. */
  locale: Locale;
}

const SENDER = Symbol('programmeBot.sender');

export function setSender(context: TurnContext, sender: Sender): void {
  context.turnState.set(SENDER, sender);
}

/** The sender worked out for this turn; before that (or if it failed), just the client's language. */
export function senderOf(context: TurnContext): Sender {
  return (context.turnState.get(SENDER) as Sender | undefined) ?? { locale: pickLocale(clientLocaleOf(context.activity)) };
}
