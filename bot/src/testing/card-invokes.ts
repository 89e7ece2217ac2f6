import type { Activity } from 'botbuilder';
import { teamsMessage, type TeamsParty } from './teams-activities';

/**
 * Clicks on our cards as Teams sends them: Action.Execute as an `invoke`
 * named `adaptiveCard/action` (inputs merged into `action.data`), and the
 * Action.Submit fallback as a message with `value` and no text. `replyToId`
 * is the id of the message that carries the card.
 */
export function teamsCardInvoke(
  party: TeamsParty,
  verb: string,
  data: Record<string, unknown>,
  replyToId = '1:card-message',
): Partial<Activity> {
  const { text: _text, textFormat: _format, ...base } = teamsMessage(party, '');
  return {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', id: `action-${verb}`, verb, data }, trigger: 'manual' },
  };
}

export function teamsCardSubmit(party: TeamsParty, data: Record<string, unknown>, replyToId = '1:card-message'): Partial<Activity> {
  const { text: _text, textFormat: _format, ...base } = teamsMessage(party, '');
  return { ...base, replyToId, value: data };
}

/** The card in an invoke response body (`{ statusCode, type, value }`), or undefined. */
export function invokeResponseCard(body: unknown): Record<string, unknown> | undefined {
  const b = body as { statusCode?: number; type?: string; value?: unknown } | undefined;
  return b?.type === 'application/vnd.microsoft.card.adaptive' ? (b.value as Record<string, unknown>) : undefined;
}
