import {
  buildPromptCard,
  buildPromptClosedCard,
  buildPromptReceiptCard,
  type AdaptiveCard,
  type CardActionData,
  type MessageRef,
} from '../cards';
import type { Locale } from '../domain/locale';
import type { AnswerSet, Programme, Prompt, Session } from '../domain/model';
import { localToInstant, formatLocal } from '../domain/time';
import { answerViews, editedAtOf, formatInstant, inputValuesOf, promptHeader, promptInputs } from './prompt-view';

/**
 * The card for one prompt and one person, as it stands at `now` by the
 * server's clock: before the send time and after the due time it takes no
 * answers; while open it is the form, or the receipt once answered.
 */
export interface PromptCardInput {
  programme: Programme;
  /** The session the prompt follows (shown as "Efter träff 1: ..."). */
  session?: Session;
  prompt: Prompt;
  locale: Locale;
  now: Date;
  /** The person's stored answer, if any: the receipt is shown instead of the form. */
  existing?: AnswerSet;
}

export type PromptWindow = 'notYetOpen' | 'open' | 'closed';

/** A prompt's send and due instants, computed once per prompt object (zone conversion is costly and prompts are cached). */
const windows = new WeakMap<Prompt, { zone: string; sendAt: number; dueAt: number }>();

export function promptWindow(prompt: Prompt, zone: string, now: Date): PromptWindow {
  let window = windows.get(prompt);
  if (!window || window.zone !== zone) {
    window = { zone, sendAt: localToInstant(prompt.sendAt, zone).toMillis(), dueAt: localToInstant(prompt.dueAt, zone).toMillis() };
    windows.set(prompt, window);
  }
  const t = now.getTime();
  if (t < window.sendAt) return 'notYetOpen';
  if (t < window.dueAt) return 'open';
  return 'closed';
}

/** "måndag 7 december 17:00": a prompt's due time for people, formatted once per prompt and language. */
const dueLabels = new WeakMap<Prompt, Map<string, string>>();

function dueLabel(prompt: Prompt, zone: string, locale: Locale): string {
  let labels = dueLabels.get(prompt);
  if (!labels) dueLabels.set(prompt, (labels = new Map()));
  const key = `${zone}|${locale}`;
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = formatLocal(prompt.dueAt, zone, locale)));
  return label;
}

/** The open card with inputs, the receipt if `existing`, or the closed card (after `dueAt`, or before `sendAt`). */
export function renderPromptCard(input: PromptCardInput): Record<string, unknown> {
  const { programme, prompt, now, existing } = input;
  const window = promptWindow(prompt, programme.timeZone, now);
  if (existing && window !== 'notYetOpen') return renderReceipt(input, existing);
  if (window !== 'open') return renderClosed(input, window);
  return renderForm(input);
}

/** The form, optionally pre-filled (an edit or a card sent back with errors) and with a notice. */
export function renderForm(
  input: PromptCardInput,
  options: { values?: Record<string, string>; errors?: Record<string, MessageRef>; notice?: MessageRef; baseVersion?: string } = {},
): AdaptiveCard {
  const { programme, session, prompt, locale } = input;
  const zone = programme.timeZone;
  const actionData: CardActionData = { programmeId: programme.id, promptId: prompt.id, locale };
  if (options.baseVersion) actionData.baseVersion = options.baseVersion;
  return buildPromptCard({
    locale,
    header: promptHeader(programme, prompt, session, locale),
    text: prompt.text[locale] || prompt.text.sv,
    due: dueLabel(prompt, zone, locale),
    visibility: prompt.visibility,
    inputs: promptInputs(prompt, locale, options.values, options.errors),
    actionData,
    notice: options.notice,
    editing: options.baseVersion !== undefined,
  });
}

/** The form pre-filled with the stored answer, for "Ändra svar"; the save is conditional on its version. */
export function renderEditForm(input: PromptCardInput, existing: AnswerSet): AdaptiveCard {
  return renderForm(input, { values: inputValuesOf(existing.answers), baseVersion: existing.version });
}

export function renderReceipt(input: PromptCardInput, answer: AnswerSet, notice?: MessageRef): AdaptiveCard {
  const { programme, session, prompt, locale, now } = input;
  const zone = programme.timeZone;
  const edited = editedAtOf(answer);
  return buildPromptReceiptCard({
    locale,
    header: promptHeader(programme, prompt, session, locale),
    answers: answerViews(prompt, answer.answers, locale),
    givenAt: formatInstant(answer.createdAt, zone, locale),
    editedAt: edited && formatInstant(edited, zone, locale),
    due: dueLabel(prompt, zone, locale),
    isOpen: promptWindow(prompt, zone, now) === 'open',
    actionData: { programmeId: programme.id, promptId: prompt.id, locale },
    notice,
  });
}

export function renderClosed(input: PromptCardInput, window: Exclude<PromptWindow, 'open'>): AdaptiveCard {
  const { programme, session, prompt, locale } = input;
  const zone = programme.timeZone;
  return buildPromptClosedCard({
    locale,
    header: promptHeader(programme, prompt, session, locale),
    reason: window,
    when: formatLocal(window === 'closed' ? prompt.dueAt : prompt.sendAt, zone, locale),
  });
}
