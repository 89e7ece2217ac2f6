import { z } from 'zod';
import type { Question } from '../model';
import { PROMPT_KINDS, QUESTION_TYPES, VISIBILITIES } from '../model';
import { LIMITS, CHOICE_TYPES, TEXT_TYPES, always, Ctx, report } from './issues';
import { idSchema, localDateTimeSchema, localizedTextSchema } from './building-blocks';
import { rec, arr, str, isLocal, reportDuplicates } from './checks';

// ---------------------------------------------------------------------------
// Prompts

export const choiceSchema = z.strictObject({ id: idSchema, label: localizedTextSchema() });

export const questionSchema = z
  .strictObject({
    id: idSchema,
    type: z.enum(QUESTION_TYPES),
    label: localizedTextSchema(LIMITS.textLength),
    required: z.boolean().default(true),
    maxLength: z.int().min(1).max(LIMITS.maxLength.max).optional(),
    choices: z.array(choiceSchema).optional(),
  })
  .superRefine((q, ctx) => {
    const type = str(q.type);
    if (type === undefined) return;
    if (!checkChoices(ctx, type, q.choices)) return;
    if (!TEXT_TYPES.includes(type) && q.maxLength !== undefined) report(ctx, ['maxLength'], 'maxLengthNotAllowed', { type });
  }, always)
  .transform((q): Question => {
    if (q.type === 'longText' || q.type === 'shortText') return { ...q, maxLength: q.maxLength ?? LIMITS.maxLength[q.type] };
    return q;
  });

/**
 * Choices belong to the choice types only, between the limits, with unique
 * ids. Returns false when the rest of the checks should stop (no choices
 * where they are needed, or not a list).
 */
export function checkChoices(ctx: Ctx, type: string, choices: unknown): boolean {
  if (CHOICE_TYPES.includes(type)) {
    if (choices === undefined) {
      report(ctx, ['choices'], 'choicesRequired', LIMITS.choices);
      return false;
    }
    if (!Array.isArray(choices)) return false;
    if (choices.length < LIMITS.choices.min) report(ctx, ['choices'], 'tooFew', { min: LIMITS.choices.min });
    if (choices.length > LIMITS.choices.max) report(ctx, ['choices'], 'tooMany', { max: LIMITS.choices.max });
    reportDuplicates(
      ctx,
      choices,
      (c) => str(rec(c).id),
      (i) => ['choices', i, 'id'],
    );
  } else if (choices !== undefined) {
    report(ctx, ['choices'], 'choicesNotAllowed', { type });
  }
  return true;
}

export const promptFields = {
  id: idSchema,
  kind: z.enum(PROMPT_KINDS),
  afterSession: z.int().min(1),
  title: localizedTextSchema(),
  text: localizedTextSchema(LIMITS.textLength),
  questions: z.array(questionSchema).min(LIMITS.questions.min).max(LIMITS.questions.max),
  sendAt: localDateTimeSchema,
  dueAt: localDateTimeSchema,
  reminders: z.array(localDateTimeSchema).max(LIMITS.reminders).default([]),
  visibility: z.enum(VISIBILITIES).default('private'),
};

export function checkPrompt(p: unknown, ctx: Ctx): void {
  const { sendAt, dueAt, reminders, questions } = rec(p);
  reportDuplicates(
    ctx,
    arr(questions),
    (q) => str(rec(q).id),
    (i) => ['questions', i, 'id'],
  );
  if (!isLocal(sendAt) || !isLocal(dueAt)) return;
  if (dueAt <= sendAt) return report(ctx, ['dueAt'], 'dueNotAfterSend', { sendAt, dueAt });
  arr(reminders).forEach((r, i) => {
    if (isLocal(r) && (r <= sendAt || r >= dueAt)) report(ctx, ['reminders', i], 'reminderOutsideWindow', { sendAt, dueAt });
  });
}

/** A prompt as written in a programme file (the programme id comes from the file). */
export const promptInputSchema = z.strictObject(promptFields).superRefine(checkPrompt, always);
export const promptSchema = z.strictObject({ programmeId: idSchema, ...promptFields }).superRefine(checkPrompt, always);
