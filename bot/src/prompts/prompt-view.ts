import type { AnswerView, ChoiceView, MessageRef, PromptHeaderView, PromptInputView } from '../cards';
import type { Locale } from '../domain/locale';
import { localize } from '../domain/locale';
import type { AnswerSet, AnswerValue, Programme, Prompt, Question, Session } from '../domain/model';
import { LIMITS } from '../domain/schemas';
import { formatLocal, instantToLocal } from '../domain/time';
import { inputIdOf, RATING_VALUES } from '../domain/answer-validation';
import { t } from '../i18n';

/** From the domain to what the prompt cards show, in one language and the programme's zone. */

export function promptHeader(programme: Programme, prompt: Prompt, session: Session | undefined, locale: Locale): PromptHeaderView {
  return {
    programmeName: localize(programme.name, locale),
    sessionLabel: session ? t(locale, 'prompt.session', { number: session.number, title: localize(session.title, locale) }) : '',
    title: localize(prompt.title, locale),
  };
}

/** The questions as inputs, pre-filled with `values` (Teams' form: `q_{id}` → string) and with per-question errors. */
export function promptInputs(
  prompt: Prompt,
  locale: Locale,
  values: Record<string, string> = {},
  errors: Record<string, MessageRef> = {},
): PromptInputView[] {
  return prompt.questions.map((q) => {
    const id = inputIdOf(q.id);
    const base = { id, label: localize(q.label, locale), required: q.required, value: values[id] ?? '', error: errors[q.id] };
    switch (q.type) {
      case 'longText':
      case 'shortText':
        return { ...base, kind: 'text', multiline: q.type === 'longText', maxLength: q.maxLength ?? LIMITS.maxLength[q.type] };
      case 'singleChoice':
      case 'multiChoice':
        return { ...base, kind: 'choice', multiSelect: q.type === 'multiChoice', choices: choicesOf(q, locale) };
      case 'rating':
        return { ...base, kind: 'choice', multiSelect: false, choices: ratingChoices(locale) };
    }
  });
}

function choicesOf(q: Question, locale: Locale): ChoiceView[] {
  return (q.choices ?? []).map((c) => ({ value: c.id, title: localize(c.label, locale) }));
}

function ratingChoices(locale: Locale): ChoiceView[] {
  return RATING_VALUES.map((n) => ({ value: String(n), title: t(locale, `prompt.rating.${n}`) }));
}

/** A stored answer in the form Teams sends inputs back, for pre-filling the card. */
export function inputValuesOf(answers: Record<string, AnswerValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [questionId, value] of Object.entries(answers))
    out[inputIdOf(questionId)] = Array.isArray(value) ? value.join(',') : String(value);
  return out;
}

/** Each question with the answer as given, as plain text lines. */
export function answerViews(prompt: Prompt, answers: Record<string, AnswerValue>, locale: Locale): AnswerView[] {
  return prompt.questions.map((q) => ({ label: localize(q.label, locale), lines: answerLines(q, answers[q.id], locale) }));
}

function answerLines(q: Question, value: AnswerValue | undefined, locale: Locale): string[] {
  if (value === undefined || value === '') return [];
  switch (q.type) {
    case 'longText':
    case 'shortText':
      return String(value)
        .split('\n')
        .filter((line) => line.trim().length > 0);
    case 'singleChoice':
    case 'multiChoice': {
      const ids = Array.isArray(value) ? value : [String(value)];
      return ids.map((id) => {
        const choice = q.choices?.find((c) => c.id === id);
        return choice ? localize(choice.label, locale) : id;
      });
    }
    case 'rating':
      return [t(locale, `prompt.rating.${value}`)];
  }
}

/**
 * An instant (ISO) shown as local time in the programme's zone. Shown to the
 * minute, so a UTC instant's minute, zone and language decide the text: the
 * texts of recent minutes are kept (every receipt formats when the answer was
 * given, and a cohort answers within minutes). Zone rules come from the
 * runtime and do not change while it runs; every offset since 1972 is whole minutes.
 */
export function formatInstant(iso: string, zone: string, locale: Locale): string {
  const minute = UTC_INSTANT.exec(iso)?.[1];
  // Until 1972 some zones' offsets had seconds (Monrovia's -0:44:30): a UTC minute could straddle two local minutes.
  if (minute === undefined || minute < '1980') return formatLocal(instantToLocal(iso, zone), zone, locale);
  const key = `${minute}|${zone}|${locale}`;
  let text = formattedMinutes.get(key);
  if (text === undefined) {
    text = formatLocal(instantToLocal(iso, zone), zone, locale);
    if (formattedMinutes.size >= FORMATTED_MINUTES_MAX) formattedMinutes.delete(formattedMinutes.keys().next().value as string);
    formattedMinutes.set(key, text);
  }
  return text;
}

/** `2026-12-02T09:15:42.123Z` → `2026-12-02T09:15`: a UTC instant as `toISOString` writes it, to its minute. */
const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d{1,9})?)?Z$/;
const FORMATTED_MINUTES_MAX = 1_000;
const formattedMinutes = new Map<string, string>();

export function editedAtOf(answer: AnswerSet): string | undefined {
  return answer.editedAt && answer.editedAt !== answer.createdAt ? answer.editedAt : undefined;
}
