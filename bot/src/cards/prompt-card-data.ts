/**
 * What the prompt cards show, already localized (the cards only add their
 * own catalogue texts and make programme/user text plain). Built from the
 * domain by bot/src/prompts/prompt-view.ts.
 */

/** Programme, session and assignment title, at the top of every prompt card. */
export interface PromptHeaderView {
  programmeName: string;
  /** e.g. `Efter träff 1: Från problem till möjlighet`; empty when the session is unknown. */
  sessionLabel?: string;
  title: string;
}

/** A catalogue key with its parameters, translated by the card. */
export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

export interface ChoiceView {
  value: string;
  title: string;
}

interface InputViewBase {
  /** The input id Teams sends back: `q_{questionId}`. */
  id: string;
  label: string;
  required: boolean;
  /** What the person entered or chose before, in the form Teams sends it (multi-select: `a,b`). */
  value: string;
  /** Server-side validation message shown under the input. */
  error?: MessageRef;
}

export interface TextInputView extends InputViewBase {
  kind: 'text';
  multiline: boolean;
  maxLength: number;
}

export interface ChoiceInputView extends InputViewBase {
  kind: 'choice';
  multiSelect: boolean;
  choices: ChoiceView[];
}

export type PromptInputView = TextInputView | ChoiceInputView;

/** One answered question on the receipt. */
export interface AnswerView {
  label: string;
  /** The answer as given, as plain text lines (choice titles, not ids). Empty for an unanswered optional question. */
  lines: string[];
}

/** Card data sent back by the actions; never trusted for identity. */
export type CardActionData = Record<string, string>;

/** Choices up to this many are shown as radio buttons / checkboxes, more as a drop-down. */
export const EXPANDED_CHOICES_MAX = 5;
