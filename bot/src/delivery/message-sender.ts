import type { StoredConversation } from '../domain/model';

/** A card to post into a person's personal chat with the bot. */
export interface OutboundMessage {
  /** The Adaptive Card JSON. */
  card: Record<string, unknown>;
  /** Notification / preview text (`activity.summary`). */
  summary?: string;
}

export type SendOutcome =
  /** Posted; the connector's activity id (kept: erasure deletes posted messages). */
  | { status: 'sent'; activityId: string; attempts: number }
  /** Not delivered, and it will not be by retrying: 403, 404, 400, 413, retries used up, serviceUrl refused. */
  | { status: 'failed'; reason: string; attempts: number }
  /** It may or may not have arrived (timeout, connection lost mid-request): never retried. */
  | { status: 'unknown'; reason: string; attempts: number }
  /** Nothing was attempted (stopped before the first call): the delivery can be released. */
  | { status: 'notSent'; reason: string; attempts: 0 };

export interface SendOptions {
  /** Give up (failed) rather than wait past this many milliseconds from now. */
  budgetMs?: number;
  /** Stop before the next call when aborted. */
  signal?: AbortSignal;
}

/** The port the delivery code sends through; the botbuilder implementation is `teams/proactive-sender.ts`. */
export interface MessageSender {
  send(conversation: StoredConversation, message: OutboundMessage, options?: SendOptions): Promise<SendOutcome>;
}
