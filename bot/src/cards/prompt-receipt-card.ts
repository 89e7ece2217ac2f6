import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { plainText } from './plain-text';
import type { AnswerView, CardActionData, MessageRef, PromptHeaderView } from './prompt-card-data';
import { plainHeader } from './prompt-header';
import template from './templates/prompt-receipt.json';

export interface PromptReceiptCardData {
  locale: Locale;
  header: PromptHeaderView;
  answers: AnswerView[];
  /** When the answer was first given, formatted in the programme's zone. */
  givenAt: string;
  /** When it was last changed, if it was. */
  editedAt?: string;
  /** Due time, formatted. */
  due: string;
  /** Open: "Edit answer" is offered. Closed: the card says the answer can no longer change. */
  isOpen: boolean;
  /** Sent back with Action.Execute `editAnswer`. */
  actionData: CardActionData;
  /** e.g. "changed elsewhere meanwhile: here is the current answer". */
  notice?: MessageRef;
}

/** The receipt: the answers as given, when, and "Ändra svar" while the prompt is open. */
export function buildPromptReceiptCard(data: PromptReceiptCardData): AdaptiveCard {
  const { locale } = data;
  const noAnswer = t(locale, 'prompt.receipt.noAnswer');
  const givenAt = plainText(data.givenAt, 120);
  const when = data.editedAt
    ? t(locale, 'prompt.receipt.edited', { given: givenAt, edited: plainText(data.editedAt, 120) })
    : t(locale, 'prompt.receipt.given', { when: givenAt });
  const due = plainText(data.due, 120);
  return expandCard(template, {
    header: plainHeader(data.header),
    isOpen: data.isOpen,
    notice: data.notice ? t(locale, data.notice.key, data.notice.params) : '',
    answers: data.answers.map((a) => ({
      label: plainText(a.label, 500),
      lines: a.lines.length > 0 ? a.lines.map((l) => plainText(l, 4000)) : [noAnswer],
    })),
    label: {
      heading: t(locale, 'prompt.receipt.heading'),
      when,
      status: data.isOpen ? t(locale, 'prompt.receipt.editUntil', { when: due }) : t(locale, 'prompt.closed.answered', { when: due }),
      edit: t(locale, 'prompt.receipt.edit'),
    },
    actionData: { verb: 'editAnswer', ...data.actionData },
  });
}
