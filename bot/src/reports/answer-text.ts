import type { Locale } from '../domain/locale';
import { localize } from '../domain/locale';
import type { AnswerValue, Question } from '../domain/model';

/** An answer as a person reads it: choice labels instead of ids, several choices joined with "; ". */
export function answerText(question: Question, value: AnswerValue | undefined, locale: Locale): string | number | undefined {
  if (value === undefined || value === '') return undefined;
  if (question.type === 'rating') return typeof value === 'number' ? value : Number(value);
  if (question.type === 'singleChoice' || question.type === 'multiChoice') {
    const ids = Array.isArray(value) ? value : [String(value)];
    return ids
      .map((id) => {
        const choice = question.choices?.find((c) => c.id === id);
        return choice ? localize(choice.label, locale) : id;
      })
      .join('; ');
  }
  return Array.isArray(value) ? value.join('; ') : String(value);
}
