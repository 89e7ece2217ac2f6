import type { TurnContext } from 'botbuilder';
import { buildErrorCard } from '../cards';
import { isAppError } from '../errors';
import type { Logger } from '../logger';
import { cardActivity } from './card-activity';
import { errorSummary } from './error-summary';
import { senderOf } from './turn-state';

/** Activities a person caused and so may see an error card for. */
const ANSWERED_TYPES = new Set(['message', 'invoke', 'installationUpdate', 'conversationUpdate']);

/** The one catch-all for bot turns: logs what went wrong (no personal data) and shows a generic error card in sv/en. */
export function createTurnErrorHandler(logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const activity = context.activity;
    logger.error({ err: errorSummary(error), activityType: activity?.type, channelId: activity?.channelId }, 'bot turn failed');
    if (!activity || !ANSWERED_TYPES.has(activity.type)) return;
    try {
      const { locale } = senderOf(context);
      await context.sendActivity(
        cardActivity(buildErrorCard({ locale, messageKey: isAppError(error) ? error.userMessageKey : undefined })),
      );
    } catch (sendError) {
      logger.warn({ err: errorSummary(sendError) }, 'could not send the error card');
    }
  };
}
