import type { StoredConversation } from '../domain/model';
import type { StoredEntity } from '../storage/entity-table';
import { fromColumns } from '../storage/json-columns';
import type { LocatedTable } from './locate-rows';

/** A message the bot posted to a person: where (the conversation reference) and which (the connector's activity id). */
export interface PostedMessage {
  conversation: StoredConversation;
  activityId: string;
}

export type MessageEraseOutcome = { status: 'deleted' } | { status: 'failed'; reason: string };

/**
 * The port erasure deletes posted messages through (DELETE
 * v3/conversations/{id}/activities/{activityId} at the Bot Connector). The
 * botbuilder implementation is `teams/message-eraser.ts`. A message already
 * gone counts as deleted.
 */
export interface MessageEraser {
  erase(message: PostedMessage): Promise<MessageEraseOutcome>;
}

export interface PostedMessages {
  messages: PostedMessage[];
  /** Sent messages with no stored conversation to reach them through (nothing to call). */
  withoutConversation: number;
}

/**
 * The person's posted messages, from their delivery records (which keep
 * the activity id and conversation id of what was sent) and their stored
 * conversation reference (service URL, bot, tenant).
 */
export function postedMessagesOf(located: readonly LocatedTable[]): PostedMessages {
  const rowsOf = (role: LocatedTable['role']) => located.find((t) => t.role === role)?.rows ?? [];
  const stored = rowsOf('conversations').map((row) => fromColumns<StoredConversation>(row.properties))[0];
  const sent = rowsOf('deliveries').flatMap((row) =>
    typeof row.properties.activityId === 'string' && row.properties.activityId ? [row] : [],
  );
  if (!stored) return { messages: [], withoutConversation: sent.length };
  const messages = sent.map((row: StoredEntity) => ({
    conversation: { ...stored, conversationId: stringOr(row.properties.conversationId, stored.conversationId) },
    activityId: row.properties.activityId as string,
  }));
  return { messages, withoutConversation: 0 };
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value ? value : fallback;
}
