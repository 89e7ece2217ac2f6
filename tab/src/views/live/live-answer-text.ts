import type { LivePromptSummary, LiveRunView } from '../../../../bot/src/api/live-contract';
import type { I18n } from '../../i18n/i18n-context';

/** A person's own answer in words: choice labels, the rating, or the text. */
export function liveAnswerText(prompt: LivePromptSummary, answer: LiveRunView['myAnswer'], l: I18n['l']): string {
  if (answer === undefined) return '';
  const label = (id: string) => {
    const choice = prompt.choices?.find((c) => c.id === id);
    return choice ? l(choice.label) : id;
  };
  if (Array.isArray(answer)) return answer.map(label).join(', ');
  if (typeof answer === 'number') return String(answer);
  return prompt.type === 'singleChoice' ? label(answer) : answer;
}
