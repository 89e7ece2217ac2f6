import { buildLiveResultsCard } from '../cards/live-cards';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { tallyLive, type LiveAnswer, type LiveRun } from '../domain/live';
import type { Session } from '../domain/model';
import { DateTime } from 'luxon';
import { liveQuestionView, liveResultsView } from './live-view';

/** The results card for a run from its answers, stamped with the local time of `now`. */
export function renderResultsCard(
  run: LiveRun,
  session: Pick<Session, 'number' | 'title'>,
  answers: readonly LiveAnswer[],
  timeZone: string,
  now: Date,
): AdaptiveCard {
  const results = liveResultsView(tallyLive(run.prompt, answers), run.locale);
  return buildLiveResultsCard({
    locale: run.locale,
    view: liveQuestionView(run.prompt, session, run.locale),
    answers: results.answers,
    bars: results.counts?.map((c) => ({ label: c.label, count: c.count })),
    mean: results.mean,
    words: results.words,
    texts: results.texts,
    closed: run.state === 'closed',
    time: DateTime.fromJSDate(now).setZone(timeZone).toFormat('HH:mm:ss'),
  });
}
