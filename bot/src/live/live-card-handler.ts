import type { AdaptiveCard } from '../cards/adaptive-card';
import { buildLiveAnsweredCard, buildLiveQuestionCard, type LiveCardActionData } from '../cards/live-cards';
import type { PersonRef } from '../domain/identity';
import type { LiveAnswer, LiveAnswerError, LiveRun } from '../domain/live';
import type { Locale } from '../domain/locale';
import type { Session } from '../domain/model';
import { AppError, isAppError } from '../errors';
import { answerLiveRun, getRunOrNotFound, isEnrolled } from './live-answers';
import type { LiveCardAction } from './live-card-action';
import { programmesOf, type LiveDeps } from './live-deps';
import { answerText, inputValueOf, liveQuestionView } from './live-view';
import type { ResultsUpdater } from './results-updater';

/**
 * A click on a live card in the meeting chat (Action.Execute `liveAnswer`,
 * `liveEdit`, or the per-person `liveRefresh`), answered with the card that
 * person should see: the question (again, with a message next to the input
 * when the answer did not fit), their answer with "change answer" while the
 * run is open, or the closed card. The person is the activity's.
 */
export async function handleLiveCardAction(
  deps: LiveDeps,
  updater: ResultsUpdater,
  person: PersonRef | undefined,
  action: LiveCardAction,
): Promise<AdaptiveCard> {
  const run = await getRunOrNotFound(deps, action);
  const loaded = await programmesOf(deps).load(run.programmeId);
  const session = loaded?.sessions.find((s) => s.number === run.sessionNumber);
  if (!session) throw new AppError('NOT_FOUND', 'the session of the run is gone');
  const cards = cardsFor(run, session, action.locale ?? run.locale);
  if (!person) return cards.notPart();

  if (action.verb === 'liveAnswer') {
    try {
      const outcome = await answerLiveRun(deps, updater, person, run, action.answer);
      if (outcome.status === 'saved') return cards.answered(outcome.answer);
      if (outcome.status === 'closed') return cards.closed(outcome.existing);
      if (outcome.status === 'notPart') return cards.notPart();
      return cards.question(stringOf(action.answer), { code: outcome.error, max: outcome.max });
    } catch (err) {
      if (!isAppError(err, 'STORAGE_UNAVAILABLE') && !isAppError(err, 'STORAGE_CONFLICT')) throw err;
      return cards.question(stringOf(action.answer), { code: 'tryAgain' });
    }
  }

  const [enrolled, existing] = await Promise.all([
    isEnrolled(deps, person, run.programmeId),
    deps.repos.live.getAnswer(run.programmeId, run.sessionNumber, run.runId, person),
  ]);
  if (!enrolled) return cards.notPart();
  if (run.state === 'closed') return cards.closed(existing);
  if (action.verb === 'liveEdit') return cards.question(inputValueOf(existing?.value));
  return existing ? cards.answered(existing) : cards.question('');
}

function cardsFor(run: LiveRun, session: Pick<Session, 'number' | 'title'>, locale: Locale) {
  const view = liveQuestionView(run.prompt, session, locale);
  const actionData: LiveCardActionData = { programmeId: run.programmeId, sessionNumber: run.sessionNumber, runId: run.runId, locale };
  const refresh = run.refreshUserIds ? { userIds: run.refreshUserIds } : undefined;
  const answered = (state: 'answered' | 'closed' | 'notPart', answer?: LiveAnswer) =>
    buildLiveAnsweredCard({ locale, view, actionData, state, answer: answer && answerText(run.prompt, answer.value, locale), refresh });
  return {
    question: (value: string, error?: { code: LiveAnswerError; max?: number }) =>
      buildLiveQuestionCard({ locale, view, actionData, value, error, refresh }),
    answered: (answer: LiveAnswer) => answered('answered', answer),
    closed: (answer?: LiveAnswer) => answered('closed', answer),
    notPart: () => answered('notPart'),
  };
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
