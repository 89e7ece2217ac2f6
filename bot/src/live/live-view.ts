import type { LiveQuestionView } from '../cards/live-cards';
import type { LivePrompt, LiveResults } from '../domain/live';
import { LIVE_TEXT_DEFAULTS } from '../domain/live';
import { localize, type Locale } from '../domain/locale';
import type { AnswerValue, Session } from '../domain/model';

/** The live question as the cards show it, in one language. */
export function liveQuestionView(prompt: LivePrompt, session: Pick<Session, 'number' | 'title'>, locale: Locale): LiveQuestionView {
  const base = {
    sessionNumber: session.number,
    sessionTitle: localize(session.title, locale),
    question: localize(prompt.question, locale),
  };
  switch (prompt.type) {
    case 'singleChoice':
    case 'multiChoice':
      return {
        ...base,
        input: {
          kind: 'choice',
          multiSelect: prompt.type === 'multiChoice',
          choices: (prompt.choices ?? []).map((c) => ({ value: c.id, title: localize(c.label, locale) })),
          labelKey: prompt.type === 'multiChoice' ? 'live.answerLabel.multi' : 'live.answerLabel.choice',
        },
      };
    case 'rating':
      return {
        ...base,
        input: {
          kind: 'choice',
          multiSelect: false,
          choices: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), title: String(n) })),
          labelKey: 'live.answerLabel.rating',
        },
      };
    case 'word':
    case 'openText':
      return {
        ...base,
        input: {
          kind: 'text',
          multiline: prompt.type === 'openText',
          maxLength: prompt.maxLength ?? LIVE_TEXT_DEFAULTS[prompt.type],
          labelKey: prompt.type === 'word' ? 'live.answerLabel.word' : 'live.answerLabel.text',
        },
      };
  }
}

/** A stored answer in the form Teams sends it back (for an input's value). */
export function inputValueOf(value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** A stored answer as a person reads it: choice labels, the rating, the text. */
export function answerText(prompt: LivePrompt, value: AnswerValue, locale: Locale): string {
  if (prompt.type === 'singleChoice' || prompt.type === 'multiChoice') {
    const ids = Array.isArray(value) ? value : [String(value)];
    return ids
      .map((id) => prompt.choices?.find((c) => c.id === id))
      .flatMap((c) => (c ? [localize(c.label, locale)] : []))
      .join(', ');
  }
  return String(value);
}

/** Results as plain data for the API (stage view, side panel), in one language. */
export interface LiveResultsView {
  type: LiveResults['type'];
  answers: number;
  counts?: { id: string; label: string; count: number }[];
  mean?: number;
  words?: { word: string; count: number }[];
  texts?: string[];
}

export function liveResultsView(results: LiveResults, locale: Locale): LiveResultsView {
  return {
    type: results.type,
    answers: results.answers,
    ...(results.counts ? { counts: results.counts.map((c) => ({ id: c.id, label: localize(c.label, locale), count: c.count })) } : {}),
    ...(results.mean !== undefined ? { mean: results.mean } : {}),
    ...(results.words ? { words: results.words } : {}),
    ...(results.texts ? { texts: results.texts } : {}),
  };
}
