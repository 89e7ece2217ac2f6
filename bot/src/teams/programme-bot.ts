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
import { isLiveVerb } from '../live/live-card-action';
import { liveCardInvoke, liveCardSubmit } from './live-card-invoke';
import { MeetingHandler } from './meeting-handler';
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
  private readonly meetings?: MeetingHandler;

  constructor(
    private readonly deps: ProgrammeBotDeps,
    options: ProgrammeBotOptions = {},
  ) {
    super();
    const catalog = cachedProgrammeCatalog(deps.repos.programmes);
    const enrolment = cachedEnrolmentCheck(deps.repos.enrolments);
    this.cardActions = new CardActions(
      deps,
      { catalog, enrolments: deps.repos.enrolments, enrolment, answers: deps.repos.answers },
      options,
    );
    const live = deps.live;
    if (live) this.meetings = new MeetingHandler(live, deps.logger.child('meetings'));

    this.onTurn(async (context, next) => {
      markTurnStart(context);
      if (isCardActionInvoke(context.activity)) {
        setSender(context, senderFromActivity(context.activity));
        void startSenderRefresh(context, deps);
      } else {
        setSender(context, cardSubmitOf(context) ? await startSenderRefresh(context, deps) : await refreshSender(context, deps));
        // Any other activity from a meeting chat keeps its reference fresh (the bot posts live prompts there).
        await this.meetings?.remember(context);
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
      else if (live && liveSubmitOf(context)) await liveCardSubmit(context, live, deps.logger.child('live'), context.activity.value);
      else await handleMessage(context, deps);
      await next();
    });
  }

  /** Resolves when card updates that outlived their turn (after a slow save) have been sent. */
  cardUpdatesIdle(): Promise<void> {
    return this.cardActions.idle();
  }

  /** Resolves when meeting follow-ups started by meeting ends have finished. */
  meetingWorkIdle(): Promise<void> {
    return this.meetings?.idle() ?? Promise.resolve();
  }

  protected override async onTeamsMeetingStart(context: TurnContext): Promise<void> {
    await this.meetings?.onEvent(context.activity);
  }

  protected override async onTeamsMeetingEnd(context: TurnContext): Promise<void> {
    await this.meetings?.onEvent(context.activity);
  }

  protected override async onTeamsMeetingParticipantsJoin(context: TurnContext): Promise<void> {
    await this.meetings?.onEvent(context.activity);
  }

  protected override async onTeamsMeetingParticipantsLeave(context: TurnContext): Promise<void> {
    await this.meetings?.onEvent(context.activity);
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action?.verb;
    if (this.deps.live && isLiveVerb(verb))
      return liveCardInvoke(context, this.deps.live, this.deps.logger.child('live'), invokeValue.action?.data, verb);
    const action = parseCardAction(invokeValue.action?.data, invokeValue.action?.verb);
    return this.cardActions.onInvoke(context, action, turnStartedAt(context));
  }
}

/** The data of an Action.Submit (older clients): a message with `value` and no text. */
function submitValueOf(context: TurnContext): unknown {
  const activity = context.activity;
  return activity.type === 'message' && (activity.text ?? '').trim() === '' ? activity.value : undefined;
}

/** An Action.Submit from a live card: our live verb in the data. */
function liveSubmitOf(context: TurnContext): boolean {
  return isLiveVerb((submitValueOf(context) as { verb?: unknown } | undefined)?.verb);
}

/** An Action.Submit from one of our prompt cards. */
function cardSubmitOf(context: TurnContext) {
  return parseCardAction(submitValueOf(context));
}
