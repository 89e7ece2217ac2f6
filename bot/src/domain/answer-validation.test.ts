import type { Question } from './model';
import { inputIdOf, sameAnswers, validateAnswers } from './answer-validation';

const text = (id: string, type: 'longText' | 'shortText', required = true, maxLength = 10): Question => ({
  id,
  type,
  label: { sv: id, en: id },
  required,
  maxLength,
});
const choice = (id: string, type: 'singleChoice' | 'multiChoice', required = true): Question => ({
  id,
  type,
  label: { sv: id, en: id },
  required,
  choices: ['a', 'b', 'c'].map((c) => ({ id: c, label: { sv: c, en: c } })),
});
const rating = (id: string, required = true): Question => ({ id, type: 'rating', label: { sv: id, en: id }, required });

const questions = [
  text('long', 'longText'),
  text('short', 'shortText', false, 5),
  choice('one', 'singleChoice'),
  choice('many', 'multiChoice', false),
  rating('score'),
];
const valid = { q_long: '  Hej  ', q_one: 'b', q_score: '4' };

describe('validateAnswers', () => {
  it('accepts answers that fit and returns them trimmed, with ratings as numbers', () => {
    expect(validateAnswers(questions, valid)).toEqual({ ok: true, answers: { long: 'Hej', one: 'b', score: 4 } });
  });

  it('reads a multi-choice answer as Teams sends it, "a,c", into choice ids in the question order', () => {
    const result = validateAnswers(questions, { ...valid, q_many: 'c, a,,a' });
    expect(result).toMatchObject({ ok: true, answers: { many: ['a', 'c'] } });
  });

  it('leaves out an optional question that was left empty', () => {
    expect(validateAnswers(questions, { ...valid, q_short: '   ', q_many: '' })).toMatchObject({ ok: true, answers: { long: 'Hej' } });
  });

  it.each([
    ['a required text is missing', { q_one: 'b', q_score: '4' }, 'long', 'required'],
    ['a required text is only spaces', { ...valid, q_long: '   ' }, 'long', 'required'],
    ['a text is longer than its maxLength', { ...valid, q_long: 'x'.repeat(11) }, 'long', 'tooLong'],
    ['a short text is longer than its maxLength', { ...valid, q_short: 'sexsex' }, 'short', 'tooLong'],
    ['a text is not a string', { ...valid, q_long: { text: 'x' } }, 'long', 'wrongType'],
    ['a single choice is not one of the ids', { ...valid, q_one: 'z' }, 'one', 'unknownChoice'],
    ['a single choice holds two ids', { ...valid, q_one: 'a,b' }, 'one', 'unknownChoice'],
    ['a multi choice holds an unknown id', { ...valid, q_many: 'a,zz' }, 'many', 'unknownChoice'],
    ['a multi choice is sent as an array', { ...valid, q_many: ['a'] }, 'many', 'wrongType'],
    ['a rating is 0', { ...valid, q_score: '0' }, 'score', 'notRating'],
    ['a rating is 6', { ...valid, q_score: 6 }, 'score', 'notRating'],
    ['a rating is not an integer', { ...valid, q_score: '3.5' }, 'score', 'notRating'],
    ['a rating is text', { ...valid, q_score: 'high' }, 'score', 'notRating'],
  ])('rejects the answer when %s', (_what, inputs, questionId, code) => {
    const result = validateAnswers(questions, inputs);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        expect.objectContaining({ questionId, field: inputIdOf(questionId), code, messageKey: `answer.error.${code}` }),
      ]);
    }
  });

  it('reports the length and the limit of a text that is too long', () => {
    const result = validateAnswers(questions, { ...valid, q_long: 'x'.repeat(12) });
    expect(result).toMatchObject({ ok: false, errors: [{ params: { max: 10, length: 12 } }] });
  });

  it.each([
    ['an unknown key', 'extra'],
    ['an input for a question the prompt does not have', 'q_other'],
    ['a prototype key', '__proto__'],
  ])('rejects %s as an unknown field', (_what, key) => {
    const inputs = JSON.parse(JSON.stringify({ ...valid })) as Record<string, unknown>;
    Object.defineProperty(inputs, key, { value: 'x', enumerable: true });
    const result = validateAnswers(questions, inputs);
    expect(result).toMatchObject({ ok: false, errors: [{ field: key, code: 'unknownField', questionId: undefined }] });
  });

  it('reports every problem at once', () => {
    const result = validateAnswers(questions, { q_long: 'x'.repeat(20), q_one: 'z', q_score: '9', extra: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code).sort()).toEqual(['notRating', 'tooLong', 'unknownChoice', 'unknownField']);
  });
});

describe('sameAnswers', () => {
  it('treats equal answers as the same, whatever the key order', () => {
    expect(sameAnswers({ a: 'x', b: ['1', '2'], c: 3 }, { c: 3, b: ['1', '2'], a: 'x' })).toBe(true);
  });

  it.each([
    [{ a: 'x' }, { a: 'y' }],
    [{ a: 'x' }, { a: 'x', b: 'y' }],
    [{ a: ['1', '2'] }, { a: ['2', '1'] }],
    [{ a: 3 }, { a: '3' }],
  ])('sees a difference between %j and %j', (a, b) => {
    expect(sameAnswers(a, b)).toBe(false);
  });
});
