import { buildErrorCard, buildPromptTryAgainCard, buildPromptUnavailableCard, type AdaptiveCard, type MessageRef } from '../cards';
import type { AnswerFieldError } from '../domain/answer-validation';
import type { PersonRef } from '../domain/identity';
import type { Locale } from '../domain/locale';
import type { AnswerSet } from '../domain/model';
import { isAppError } from '../errors';
import { submitAnswer, type AnswerServiceDeps, type SubmitAnswerResult } from './answer-service';
import { retryDataOf, type CardAction } from './card-action';
import { promptAccess, type PromptContext } from './prompt-access';
import { promptWindow, renderEditForm, renderForm, renderPromptCard, renderReceipt, type PromptCardInput } from './prompt-card-view';

export interface CardActionRequest {
  action: CardAction;
  /** From the activity, never from the card. */
  person: PersonRef;
  /** The person's language; may still be loading while storage works (it is awaited only to render). */
  locale: Locale | PromiseLike<Locale>;
  now: Date;
}

/** The card that replaces the one the person acted on, and what happened (for logs and tests). */
export interface CardActionOutcome {
  card: AdaptiveCard;
  outcome: SubmitAnswerResult['kind'] | 'opened' | 'editing' | 'unavailable';
}

type Render = (locale: Locale) => AdaptiveCard;

/**
 * What a click on one of our prompt cards does: answer (store and show the
 * receipt), edit (the form pre-filled with the stored answer), open (the
 * form or the receipt). Storage failures are thrown to the caller, which
 * shows the try-again card (see `failedActionCard`).
 */
export async function runCardAction(deps: AnswerServiceDeps, request: CardActionRequest): Promise<CardActionOutcome> {
  const { outcome, render } = await decide(deps, request);
  return { outcome, card: render(await request.locale) };
}

async function decide(
  deps: AnswerServiceDeps,
  request: CardActionRequest,
): Promise<{ outcome: CardActionOutcome['outcome']; render: Render }> {
  const { action, person, now } = request;
  if (action.verb === 'answerPrompt') {
    const result = await submitAnswer(deps, {
      person,
      programmeId: action.programmeId,
      promptId: action.promptId,
      inputs: action.inputs,
      now,
      baseVersion: action.baseVersion,
    });
    const existing =
      result.kind === 'closed' && result.window === 'closed'
        ? await deps.answers.get(action.programmeId, action.promptId, person)
        : undefined;
    return { outcome: result.kind, render: (locale) => cardForResult(result, { action, locale, now, existing }) };
  }
  const access = await promptAccess(deps, person, action.programmeId, action.promptId);
  if (access.kind !== 'ok')
    return { outcome: access.kind, render: (locale) => buildPromptUnavailableCard({ locale, reason: access.kind }) };
  const { context } = access;
  const existing = await deps.answers.get(action.programmeId, action.promptId, person);
  const open = promptWindow(context.prompt, context.programme.timeZone, now) === 'open';
  if (action.verb === 'editAnswer' && open) {
    return {
      outcome: 'editing',
      render: (locale) =>
        existing ? renderEditForm(cardInput(context, locale, now), existing) : renderForm(cardInput(context, locale, now)),
    };
  }
  return { outcome: 'opened', render: (locale) => renderPromptCard({ ...cardInput(context, locale, now), existing }) as AdaptiveCard };
}

function cardForResult(
  result: SubmitAnswerResult,
  at: { action: CardAction; locale: Locale; now: Date; existing?: AnswerSet },
): AdaptiveCard {
  const { action, locale, now } = at;
  switch (result.kind) {
    case 'saved':
      return renderReceipt(cardInput(result.context, locale, now), result.answer);
    case 'invalid':
      return renderForm(cardInput(result.context, locale, now), {
        values: keptInputs(action.inputs),
        errors: errorsByQuestion(result.errors),
        notice: { key: result.errors.some((e) => e.code === 'unknownField') ? 'prompt.unknownFields' : 'prompt.fixErrors' },
        baseVersion: action.baseVersion,
      });
    case 'closed':
      return renderPromptCard({ ...cardInput(result.context, locale, now), existing: at.existing }) as AdaptiveCard;
    case 'conflict':
      return renderReceipt(cardInput(result.context, locale, now), result.current, {
        key: result.reason === 'alreadyAnswered' ? 'prompt.receipt.alreadyAnswered' : 'prompt.receipt.conflict',
      });
    case 'notFound':
    case 'notEnrolled':
      return buildPromptUnavailableCard({ locale, reason: result.kind });
  }
}

/**
 * The card after a failure: storage down (or any unexpected error) while
 * answering → the try-again card that sends the same answers again; while
 * opening → the error card. Nothing was acknowledged either way.
 */
export function failedActionCard(action: CardAction, locale: Locale, error: unknown): AdaptiveCard {
  if (action.verb !== 'answerPrompt') {
    return buildErrorCard({ locale, messageKey: isAppError(error) ? error.userMessageKey : 'error.unavailable' });
  }
  return buildPromptTryAgainCard({ locale, title: '', retryData: { ...retryDataOf(action), locale } });
}

function cardInput(context: PromptContext, locale: Locale, now: Date): PromptCardInput {
  return { programme: context.programme, session: context.session, prompt: context.prompt, locale, now };
}

/** The person's inputs, to put back on the card: only `q_*` strings. */
function keptInputs(inputs: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(inputs)) {
    if (key.startsWith('q_') && (typeof value === 'string' || typeof value === 'number')) kept[key] = String(value);
  }
  return kept;
}

function errorsByQuestion(errors: AnswerFieldError[]): Record<string, MessageRef> {
  const out: Record<string, MessageRef> = {};
  for (const e of errors) if (e.questionId) out[e.questionId] = { key: e.messageKey, params: e.params };
  return out;
}
