import type { MessageEraser, MessageEraseOutcome, PostedMessage } from '../gdpr/message-eraser';
import { describeAttempt } from '../delivery/send-retry-policy';
import type { Logger } from '../logger';
import { attemptResultOf } from './connector-error';
import { referenceOf, type ProactiveAdapter } from './proactive-sender';
import { isAllowedServiceUrl, type ServiceUrlPolicy } from './service-url-policy';

export interface MessageEraserOptions {
  adapter: Pick<ProactiveAdapter, 'continueConversationAsync'>;
  /** The bot's app id; undefined or '' in anonymous mode. */
  appId?: string;
  serviceUrlPolicy: ServiceUrlPolicy;
  logger: Logger;
}

/**
 * Deletes messages the bot posted, for erasure: `context.deleteActivity`
 * inside `continueConversationAsync` with the stored conversation reference,
 * which is DELETE v3/conversations/{conversationId}/activities/{activityId}
 * at the Bot Connector. Only to allowed serviceUrls. A message that is
 * already gone (404) counts as deleted; other refusals are reported with the
 * status, never with the message.
 */
export function createMessageEraser(options: MessageEraserOptions): MessageEraser {
  const logger = options.logger.child('message-eraser');
  return {
    async erase({ conversation, activityId }: PostedMessage): Promise<MessageEraseOutcome> {
      if (!isAllowedServiceUrl(conversation.serviceUrl, options.serviceUrlPolicy))
        return { status: 'failed', reason: 'serviceUrl not allowed' };
      let outcome: MessageEraseOutcome | undefined;
      try {
        await options.adapter.continueConversationAsync(options.appId ?? '', referenceOf(conversation), async (context) => {
          try {
            await context.deleteActivity(activityId);
            outcome = { status: 'deleted' };
          } catch (err) {
            // Caught here so the adapter's onTurnError never swallows it.
            outcome = failedOrGone(err);
          }
        });
      } catch (err) {
        outcome = failedOrGone(err);
      }
      if (outcome?.status !== 'deleted') logger.warn({ reason: outcome?.reason ?? 'no result' }, 'a posted message was not deleted');
      return outcome ?? { status: 'failed', reason: 'no result' };
    },
  };
}

function failedOrGone(err: unknown): MessageEraseOutcome {
  const result = attemptResultOf(err);
  if (result.kind === 'http' && result.status === 404) return { status: 'deleted' };
  return { status: 'failed', reason: describeAttempt(result) };
}
