import type { AnswerValue, Question } from './model';
import { LIMITS } from './schemas';

/**
 * Checks what a person sent from a prompt card against the prompt's
 * questions. Pure. Inputs arrive as Teams sends them: `q_{questionId}` →
 * string (multi-select as `a,b`; a rating as `1`..`5`). Any other key is an
 * unknown field. The result is either the answers to store (trimmed text,
 * choice ids in the question's order, ratings as numbers) or one error per
 * field with a message key (`answer.error.*`).
 */

export const INPUT_PREFIX = 'q_';
export const RATING_VALUES = [1, 2, 3, 4, 5] as const;

export const ANSWER_ERROR_CODES = ['required', 'tooLong', 'wrongType', 'unknownChoice', 'notRating', 'unknownField'] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

export interface AnswerFieldError {
  /** The input key as sent (`q_reflection`, or the unknown key). */
  field: string;
  /** The question, when the field is one. */
  questionId?: string;
  code: AnswerErrorCode;
  messageKey: string;
  params: Record<string, string | number>;
}

export type AnswerValidation = { ok: true; answers: Record<string, AnswerValue> } | { ok: false; errors: AnswerFieldError[] };

export function inputIdOf(questionId: string): string {
  return `${INPUT_PREFIX}${questionId}`;
}

export function validateAnswers(questions: readonly Question[], inputs: Readonly<Record<string, unknown>>): AnswerValidation {
  const errors: AnswerFieldError[] = [];
  const answers: Record<string, AnswerValue> = {};
  const known = new Set(questions.map((q) => inputIdOf(q.id)));

  for (const field of Object.keys(inputs)) {
    if (!known.has(field)) errors.push(fieldError(field, undefined, 'unknownField', { field: field.slice(0, 60) }));
  }
  for (const question of questions) {
    const field = inputIdOf(question.id);
    const result = checkQuestion(question, Object.prototype.hasOwnProperty.call(inputs, field) ? inputs[field] : undefined);
    if (result.error) errors.push(fieldError(field, question.id, result.error.code, result.error.params));
    else if (result.value !== undefined) answers[question.id] = result.value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
}

type Checked = { value?: AnswerValue; error?: { code: AnswerErrorCode; params?: Record<string, string | number> } };

function checkQuestion(question: Question, raw: unknown): Checked {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return question.required ? { error: { code: 'required' } } : {};
  }
  switch (question.type) {
    case 'longText':
    case 'shortText':
      return checkText(question, raw);
    case 'singleChoice':
      return checkSingle(question, raw);
    case 'multiChoice':
      return checkMulti(question, raw);
    case 'rating':
      return checkRating(raw);
  }
}

function checkText(question: Question, raw: unknown): Checked {
  if (typeof raw !== 'string') return { error: { code: 'wrongType' } };
  const text = raw.replace(/\r\n?/g, '\n').trim();
  const max = question.maxLength ?? LIMITS.maxLength[question.type === 'shortText' ? 'shortText' : 'longText'];
  if (text.length > max) return { error: { code: 'tooLong', params: { max, length: text.length } } };
  return { value: text };
}

function checkSingle(question: Question, raw: unknown): Checked {
  if (typeof raw !== 'string') return { error: { code: 'wrongType' } };
  const id = raw.trim();
  return choiceIds(question).includes(id) ? { value: id } : { error: { code: 'unknownChoice' } };
}

function checkMulti(question: Question, raw: unknown): Checked {
  if (typeof raw !== 'string') return { error: { code: 'wrongType' } };
  const chosen = new Set(
    raw
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );
  const ids = choiceIds(question);
  for (const id of chosen) if (!ids.includes(id)) return { error: { code: 'unknownChoice' } };
  if (chosen.size === 0) return question.required ? { error: { code: 'required' } } : {};
  return { value: ids.filter((id) => chosen.has(id)) };
}

function checkRating(raw: unknown): Checked {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
  if (text === undefined || !/^[1-5]$/.test(text)) return { error: { code: 'notRating' } };
  return { value: Number(text) };
}

function choiceIds(question: Question): string[] {
  return (question.choices ?? []).map((c) => c.id);
}

function fieldError(
  field: string,
  questionId: string | undefined,
  code: AnswerErrorCode,
  params: Record<string, string | number> = {},
): AnswerFieldError {
  return { field, questionId, code, messageKey: `answer.error.${code}`, params };
}

/** True when two answer maps say the same thing (an identical re-submission). */
export function sameAnswers(a: Readonly<Record<string, AnswerValue>>, b: Readonly<Record<string, AnswerValue>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    if (Array.isArray(x) || Array.isArray(y))
      return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i]);
    return x === y;
  });
}
