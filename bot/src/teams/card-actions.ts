import { TurnContext, type AdaptiveCardInvokeResponse, type BotAdapter, type ConversationReference } from 'botbuilder';
import type { ClaimsIdentity } from 'botframework-connector';
import { buildPromptSavingCard, buildPromptUnavailableCard, type AdaptiveCard } from '../cards';
import type { PersonRef } from '../domain/identity';
import type { AnswerServiceDeps } from '../prompts/answer-service';
import type { CardAction } from '../prompts/card-action';
import { failedActionCard, runCardAction, type CardActionOutcome } from '../prompts/card-action-handler';
import { PendingWork, raceBudget } from '../prompts/deadline';
import type { Logger } from '../logger';
import type { ProgrammeBotDeps } from './bot-deps';
import { cardActivity } from './card-activity';
import { senderFromActivity, senderPromiseOf, taggedForActivity } from './card-action-turn';
import { errorSummary } from './error-summary';
import { personRefOf } from './teams-activity';
import type { Sender } from './turn-state';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface CardActionOptions {
  /** How long an invoke may wait for storage before it answers with the "saving" card. Teams allows about 2 s in all. */
  invokeBudgetMs?: number;
}

/** Where the finished result goes when the invoke was already answered with the "saving" card. */
interface LateUpdate {
  adapter: BotAdapter;
  /** The inbound turn's identity (anonymous mode: the empty app id). */
  identity: ClaimsIdentity | string;
  reference: Partial<ConversationReference>;
  activityId: string;
}

/**
 * Runs clicks on prompt cards inside a Teams turn. An Action.Execute invoke
 * is answered with the resulting card (the invoke response replaces the
 * card). When storage is slow, the invoke is answered in time with the
 * "saving" card and the work goes on; when it ends, the posted card is
 * updated (proactively: the turn is over by then) to the receipt or the
 * try-again card. An Action.Submit from an older client updates the card
 * it came from, or replies when it cannot.
 */
export class CardActions {
  private readonly pending = new PendingWork();
  private readonly budgetMs: number;
  private readonly log: Logger;

  constructor(
    private readonly deps: ProgrammeBotDeps,
    private readonly answers: AnswerServiceDeps,
    options: CardActionOptions = {},
  ) {
    this.budgetMs = options.invokeBudgetMs ?? 1500;
    this.log = deps.logger.child('card-actions');
  }

  /** Resolves when late card updates have been sent. */
  idle(): Promise<void> {
    return this.pending.idle();
  }

  async onInvoke(context: TurnContext, action: CardAction | undefined, startedAt: number): Promise<AdaptiveCardInvokeResponse> {
    const activity = context.activity;
    const fallback = senderFromActivity(activity);
    if (!action) return invalidAction();
    if (!fallback.person) return cardResponse(buildPromptUnavailableCard({ locale: fallback.locale, reason: 'noIdentity' }));

    const senderPromise = senderPromiseOf(context);
    let locale = fallback.locale;
    void senderPromise.then((sender) => (locale = sender.locale));
    const work = this.run(action, fallback.person, senderPromise);
    const raced = await raceBudget(work, this.budgetMs - (performance.now() - startedAt));
    if (raced.done) return cardResponse(taggedForActivity(activity, raced.value.card));

    const late = lateUpdateOf(context);
    this.pending.add(work.then((result) => this.sendLate(late, taggedForActivity(activity, result.card))));
    this.log.info({ verb: action.verb }, 'storage slow: answered with the saving card');
    return cardResponse(buildPromptSavingCard({ locale, title: '' }));
  }

  /** Action.Submit (older clients): the result replaces the card it came from, or arrives as a reply. */
  async onSubmit(context: TurnContext, action: CardAction, senderPromise: Promise<Sender>): Promise<void> {
    const result = await this.run(action, personRefOf(context.activity), senderPromise);
    const message = cardActivity(taggedForActivity(context.activity, result.card));
    const replyToId = context.activity.replyToId;
    if (replyToId && action.verb !== 'openPrompt') {
      try {
        await context.updateActivity({ ...message, id: replyToId });
        return;
      } catch (err) {
        this.log.warn({ err: errorSummary(err) }, 'could not update the submitted card; replying instead');
      }
    }
    await context.sendActivity(message);
  }

  /** The whole action, storage included; never rejects: a failure becomes the try-again (or error) card. */
  private async run(action: CardAction, person: PersonRef | undefined, senderPromise: Promise<Sender>): Promise<CardActionOutcome> {
    if (action.ignoredIdentityKeys.length > 0) this.log.warn({ keys: action.ignoredIdentityKeys }, 'identity in card data ignored');
    const locale = senderPromise.then((sender) => sender.locale);
    try {
      if (!person) return { card: buildPromptUnavailableCard({ locale: await locale, reason: 'noIdentity' }), outcome: 'unavailable' };
      const result = await runCardAction(this.answers, { action, person, locale, now: this.deps.clock() });
      this.log.debug({ verb: action.verb, outcome: result.outcome }, 'card action');
      return result;
    } catch (err) {
      this.log.warn({ err: errorSummary(err), verb: action.verb }, 'card action failed');
      return { card: failedActionCard(action, await locale, err), outcome: 'unavailable' };
    }
  }

  private async sendLate(late: LateUpdate | undefined, card: AdaptiveCard): Promise<void> {
    if (!late) {
      this.log.warn('no card to update after a slow save');
      return;
    }
    try {
      await continueConversation(late, async (ctx) => {
        await ctx.updateActivity({ ...cardActivity(card), id: late.activityId });
      });
    } catch (err) {
      this.log.warn({ err: errorSummary(err) }, 'could not update the card after a slow save');
    }
  }
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card };
}

function invalidAction(): AdaptiveCardInvokeResponse {
  return {
    statusCode: 400,
    type: 'application/vnd.microsoft.error',
    value: { code: 'BadRequest', message: 'Unknown card action.' } as unknown as Record<string, unknown>,
  };
}

/** Everything needed to update the posted card after the turn (the turn context is revoked by then). */
function lateUpdateOf(context: TurnContext): LateUpdate | undefined {
  const activityId = context.activity.replyToId;
  if (!activityId) return undefined;
  const adapter = context.adapter;
  return {
    adapter,
    identity: (context.turnState.get(adapter.BotIdentityKey) as ClaimsIdentity | undefined) ?? '',
    reference: TurnContext.getConversationReference(context.activity),
    activityId,
  };
}

/** The overloads of continueConversationAsync take either an app id or the claims identity. */
function continueConversation(late: LateUpdate, logic: (context: TurnContext) => Promise<void>): Promise<void> {
  return typeof late.identity === 'string'
    ? late.adapter.continueConversationAsync(late.identity, late.reference, logic)
    : late.adapter.continueConversationAsync(late.identity, late.reference, logic);
}
