import type { ApiAnswerValue, ApiQuestion } from '../../../../bot/src/api/contract';
import type { I18n } from '../../i18n/i18n-context';

/** An answer as words: choice labels for choices, "4 of 5" for ratings, the text itself otherwise. */
export function answerText(question: ApiQuestion, value: ApiAnswerValue | undefined, i18n: Pick<I18n, 't' | 'l'>): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return i18n.t('answer.empty');
  const label = (id: string) => i18n.l(question.choices?.find((c) => c.id === id)?.label) || id;
  switch (question.type) {
    case 'singleChoice':
      return label(String(value));
    case 'multiChoice':
      return (Array.isArray(value) ? value : [String(value)]).map(label).join(', ');
    case 'rating':
      return i18n.t('answer.rating', { value: String(value) });
    default:
      return String(value);
  }
}
