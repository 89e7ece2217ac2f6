import type { Locale } from '../domain/locale';
import type { Visibility } from '../domain/model';
import { t } from '../i18n';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { plainText } from './plain-text';
import {
  EXPANDED_CHOICES_MAX,
  type CardActionData,
  type MessageRef,
  type PromptHeaderView,
  type PromptInputView,
} from './prompt-card-data';
import { plainHeader } from './prompt-header';
import { plainParagraphs } from './prompt-text';
import template from './templates/prompt.json';

export interface PromptCardData {
  locale: Locale;
  header: PromptHeaderView;
  /** The assignment text (plain text; paragraphs split at blank lines). */
  text: string;
  /** Due time in the programme's zone, formatted for people. */
  due: string;
  visibility: Visibility;
  inputs: PromptInputView[];
  /** Sent back with Action.Execute `answerPrompt` (and the Action.Submit fallback). */
  actionData: CardActionData;
  /** A card-level message above the inputs (e.g. "fix the marked questions"). */
  notice?: MessageRef;
  /** An edit of an existing answer: the button says "save the change". */
  editing?: boolean;
}

/** The open prompt: the assignment and its questions as inputs, with a submit action. */
export function buildPromptCard(data: PromptCardData): AdaptiveCard {
  const { locale } = data;
  return expandCard(template, {
    header: plainHeader(data.header),
    paragraphs: plainParagraphs(data.text),
    label: {
      due: t(locale, 'prompt.due', { when: plainText(data.due, 120) }),
      visibility: t(locale, `prompt.visibility.${data.visibility}`),
      submit: t(locale, data.editing ? 'prompt.saveEdit' : 'prompt.submit'),
    },
    notice: data.notice ? t(locale, data.notice.key, data.notice.params) : '',
    inputs: data.inputs.map((input) => inputData(input, locale)),
    actionData: { verb: 'answerPrompt', ...data.actionData },
  });
}

function inputData(input: PromptInputView, locale: Locale): object {
  const common = {
    kind: input.kind,
    id: input.id,
    label: input.required ? plainText(input.label, 500) : `${plainText(input.label, 500)} ${t(locale, 'prompt.optional')}`,
    required: input.required,
    errorMessage: t(locale, 'prompt.required'),
    // Values the person typed: kept (a too-long text too, so it can be shortened), cleaned of control characters.
    value: plainText(input.value, 8000),
    error: input.error ? t(locale, input.error.key, input.error.params) : '',
  };
  if (input.kind === 'text') return { ...common, multiline: input.multiline, maxLength: input.maxLength };
  return {
    ...common,
    multiSelect: input.multiSelect,
    style: input.choices.length <= EXPANDED_CHOICES_MAX ? 'expanded' : 'compact',
    placeholder: t(locale, 'prompt.choicePlaceholder'),
    choices: input.choices.map((c) => ({ value: c.value, title: plainText(c.title, 200) })),
  };
}
