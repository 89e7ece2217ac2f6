import type { LiveAnswerError } from '../domain/live';
import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { plainText } from './plain-text';
import answeredTemplate from './templates/live-answered.json';
import questionTemplate from './templates/live-question.json';
import resultsTemplate from './templates/live-results.json';

/** What Teams sends back from a live card: which run, in which session; never who (that is the activity's). */
export interface LiveCardActionData {
  programmeId: string;
  sessionNumber: number;
  runId: string;
  locale: Locale;
}

/** The question of a live prompt as the cards show it, already in the card's language. */
export interface LiveQuestionView {
  sessionNumber: number;
  sessionTitle: string;
  question: string;
  input:
    | { kind: 'choice'; multiSelect: boolean; choices: { value: string; title: string }[]; labelKey: string }
    | { kind: 'text'; multiline: boolean; maxLength: number; labelKey: string };
}

export interface LiveQuestionCardData {
  locale: Locale;
  view: LiveQuestionView;
  actionData: LiveCardActionData;
  /** What the person gave before (editing), in the form Teams sends it. */
  value?: string;
  error?: { code: LiveAnswerError; max?: number };
  /** Per-person refresh: automatic for these Teams user ids (meetings of at most 60 people), manual when empty. */
  refresh?: { userIds: string[] };
}

const context = (locale: Locale, view: LiveQuestionView) =>
  t(locale, 'live.context', { number: view.sessionNumber, session: plainText(view.sessionTitle, 200) });

/** The live question with its one input. With `refreshUserIds`, each of them sees their own card (answered or not). */
export function buildLiveQuestionCard(data: LiveQuestionCardData): AdaptiveCard {
  const { locale, view } = data;
  const input = view.input;
  const card = expandCard(questionTemplate, {
    label: { context: context(locale, view), anonymous: t(locale, 'live.anonymous'), submit: t(locale, 'live.submit') },
    question: plainText(view.question, 400),
    notice: data.error ? t(locale, `live.error.${data.error.code}`, { max: data.error.max ?? '' }) : '',
    inputs: [
      {
        kind: input.kind,
        label: t(locale, input.labelKey),
        errorMessage: t(locale, 'live.required'),
        value: plainText(data.value, 2000),
        ...(input.kind === 'choice'
          ? { multiSelect: input.multiSelect, choices: input.choices.map((c) => ({ value: c.value, title: plainText(c.title, 200) })) }
          : { multiline: input.multiline, maxLength: input.maxLength }),
      },
    ],
    actionData: { verb: 'liveAnswer', ...data.actionData },
  });
  return withRefresh(card, data.actionData, data.refresh);
}

export interface LiveAnsweredCardData {
  locale: Locale;
  view: LiveQuestionView;
  actionData: LiveCardActionData;
  state: 'answered' | 'closed' | 'notPart';
  /** The person's answer as text (choice titles, the rating, the words). */
  answer?: string;
  refresh?: { userIds: string[] };
}

/** A person's own view after answering (with "change answer" while open), or of a closed question. */
export function buildLiveAnsweredCard(data: LiveAnsweredCardData): AdaptiveCard {
  const { locale, view, state } = data;
  const card = expandCard(answeredTemplate, {
    label: {
      context: context(locale, view),
      heading: t(locale, `live.${state}.heading`),
      body: t(locale, `live.${state}.body`),
      yourAnswer: t(locale, 'live.yourAnswer'),
      edit: t(locale, 'live.edit'),
    },
    headingColor: state === 'answered' ? 'Good' : 'Warning',
    question: plainText(view.question, 400),
    answer: plainText(data.answer, 2000),
    canEdit: state === 'answered',
    actionData: { verb: 'liveEdit', ...data.actionData },
  });
  return withRefresh(card, data.actionData, data.refresh);
}

export interface LiveResultsCardData {
  locale: Locale;
  view: LiveQuestionView;
  answers: number;
  bars?: { label: string; count: number }[];
  mean?: number;
  words?: { word: string; count: number }[];
  texts?: string[];
  closed: boolean;
  /** Local time of this update, formatted. */
  time: string;
}

/** Adds `refresh` (Universal Actions): Teams asks the bot for each listed person's own card; without ids, on a manual refresh. */
function withRefresh(card: AdaptiveCard, actionData: LiveCardActionData, refresh: { userIds: string[] } | undefined): AdaptiveCard {
  if (!refresh) return card;
  const action = { type: 'Action.Execute', verb: 'liveRefresh', data: { verb: 'liveRefresh', ...actionData } };
  return { ...card, refresh: refresh.userIds.length > 0 ? { action, userIds: refresh.userIds } : { action } };
}

const BAR_WIDTH = 16;

/** The anonymous results in the meeting chat: bars with counts, the mean, the words, the latest texts. */
export function buildLiveResultsCard(data: LiveResultsCardData): AdaptiveCard {
  const { locale, view } = data;
  const max = Math.max(1, ...(data.bars ?? []).map((b) => b.count));
  return expandCard(resultsTemplate, {
    label: {
      context: context(locale, view),
      count: t(locale, data.answers === 1 ? 'live.results.count.one' : 'live.results.count.other', { count: data.answers }),
      status: t(locale, data.closed ? 'live.results.closed' : 'live.results.open', { time: data.time }),
    },
    question: plainText(view.question, 400),
    bars: (data.bars ?? []).map((b) => ({
      label: plainText(b.label, 200),
      bar: b.count > 0 ? '█'.repeat(Math.max(1, Math.round((b.count / max) * BAR_WIDTH))) : '·',
      count: String(b.count),
    })),
    mean:
      data.mean !== undefined
        ? t(locale, 'live.results.mean', { mean: data.mean.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB') })
        : '',
    words: (data.words ?? []).map((w) => `${plainText(w.word, 60)} (${w.count})`).join(' · '),
    texts: (data.texts ?? []).map((text) => `“${plainText(text, 300)}”`),
  });
}
