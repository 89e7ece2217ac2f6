import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { handleLiveCardAction } from '../live/live-card-handler';
import { parseLiveCardAction } from '../live/live-card-action';
import type { LiveService } from '../live/live-service';
import type { Logger } from '../logger';
import { errorSummary } from './error-summary';
import { personRefOf } from './teams-activity';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * An Action.Execute invoke from a live card in a meeting chat (`liveAnswer`,
 * `liveEdit`, `liveRefresh`): the invoke response is the card this person
 * sees (Universal Actions give each person their own). The person is the
 * activity's; the card data only says which run.
 */
export async function liveCardInvoke(
  context: TurnContext,
  live: LiveService,
  logger: Logger,
  data: unknown,
  verb: string | undefined,
): Promise<AdaptiveCardInvokeResponse> {
  const action = parseLiveCardAction(data, verb);
  if (!action) return badRequest();
  if (action.ignoredKeys.length > 0) logger.info({ keys: action.ignoredKeys }, 'live card data carried keys that are ignored');
  try {
    const card = await handleLiveCardAction(live.deps, live.updater, personRefOf(context.activity), action);
    return { statusCode: 200, type: ADAPTIVE_CARD, value: card };
  } catch (err) {
    logger.warn({ err: errorSummary(err), verb: action.verb }, 'live card action failed');
    return badRequest();
  }
}

/** An Action.Submit from an older client: the answer is stored; nothing is posted (the chat is shared). */
export async function liveCardSubmit(context: TurnContext, live: LiveService, logger: Logger, data: unknown): Promise<boolean> {
  const action = parseLiveCardAction(data);
  if (!action) return false;
  try {
    await handleLiveCardAction(live.deps, live.updater, personRefOf(context.activity), action);
  } catch (err) {
    logger.warn({ err: errorSummary(err), verb: action.verb }, 'live card submit failed');
  }
  return true;
}

function badRequest(): AdaptiveCardInvokeResponse {
  return {
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message: 'Unknown or unavailable live card action.' } as unknown as Record<string, unknown>,
  };
}
