import { TeamsActivityHandler, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type TurnContext } from 'botbuilder';
import { parseCardAction } from '../prompts/card-action';
import { cachedEnrolmentCheck } from '../prompts/enrolment-check';
import { cachedProgrammeCatalog } from '../prompts/programme-catalog';
import type { ProgrammeBotDeps } from './bot-deps';
import {
  isCardActionInvoke,
  markTurnStart,
  senderFromActivity,
  senderPromiseOf,
  startSenderRefresh,
  turnStartedAt,
} from './card-action-turn';
import { CardActions, type CardActionOptions } from './card-actions';
import { greetOnInstall } from './install-greeting';
import { handleMessage } from './message-handler';
import { refreshSender } from './sender-refresh';
import { botWasAdded } from './teams-activity';
import { setSender } from './turn-state';

export type { ProgrammeBotDeps } from './bot-deps';
export type ProgrammeBotOptions = CardActionOptions;

/**
 * The programme bot. Every turn first refreshes who is speaking (and their
 * stored conversation reference); then installs greet, messages are
 * answered and clicks on prompt cards (Action.Execute invokes, or
 * Action.Submit messages from older clients) are handled. For a click the
 * refresh runs alongside the work, within the invoke's time budget. The work
 * lives in one module per concern.
 */
export class ProgrammeBot extends TeamsActivityHandler {
  private readonly cardActions: CardActions;

  constructor(deps: ProgrammeBotDeps, options: ProgrammeBotOptions = {}) {
    super();
    const catalog = cachedProgrammeCatalog(deps.repos.programmes);
    const enrolment = cachedEnrolmentCheck(deps.repos.enrolments);
    this.cardActions = new CardActions(
      deps,
      { catalog, enrolments: deps.repos.enrolments, enrolment, answers: deps.repos.answers },
      options,
    );

    this.onTurn(async (context, next) => {
      markTurnStart(context);
      if (isCardActionInvoke(context.activity)) {
        setSender(context, senderFromActivity(context.activity));
        void startSenderRefresh(context, deps);
      } else if (cardSubmitOf(context)) {
        setSender(context, await startSenderRefresh(context, deps));
      } else {
        setSender(context, await refreshSender(context, deps));
      }
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await greetOnInstall(context, deps);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (botWasAdded(context.activity)) await greetOnInstall(context, deps);
      await next();
    });
    this.onMessage(async (context, next) => {
      const action = cardSubmitOf(context);
      if (action) await this.cardActions.onSubmit(context, action, senderPromiseOf(context));
      else await handleMessage(context, deps);
      await next();
    });
  }

  /** Resolves when card updates that outlived their turn (after a slow save) have been sent. */
  cardUpdatesIdle(): Promise<void> {
    return this.cardActions.idle();
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = parseCardAction(invokeValue.action?.data, invokeValue.action?.verb);
    return this.cardActions.onInvoke(context, action, turnStartedAt(context));
  }
}

/** An Action.Submit from one of our prompt cards: a message with our data in `value` and no text. */
function cardSubmitOf(context: TurnContext) {
  const activity = context.activity;
  if (activity.type !== 'message' || (activity.text ?? '').trim() !== '') return undefined;
  return parseCardAction(activity.value);
}
