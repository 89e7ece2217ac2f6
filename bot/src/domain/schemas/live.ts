import { z } from 'zod';
import { LIVE_QUESTION_TYPES, LIVE_TEXT_DEFAULTS, type LivePrompt } from '../live';
import { LIMITS, CHOICE_TYPES, always, report } from './issues';
import { idSchema, localizedTextSchema } from './building-blocks';
import { rec, reportDuplicates, str } from './checks';
import { choiceSchema } from './prompt';

// ---------------------------------------------------------------------------
// Live prompts (short questions put to a session's meeting)

export const LIVE_LIMITS = { perSession: 20, maxLength: 1000 } as const;

export const livePromptSchema = z
  .strictObject({
    id: idSchema,
    type: z.enum(LIVE_QUESTION_TYPES),
    question: localizedTextSchema(LIMITS.titleLength * 2),
    choices: z.array(choiceSchema).optional(),
    maxLength: z.int().min(1).max(LIVE_LIMITS.maxLength).optional(),
  })
  .superRefine((p, ctx) => {
    const type = str(p.type);
    if (type === undefined) return;
    const choices = p.choices;
    if (CHOICE_TYPES.includes(type)) {
      if (choices === undefined) return report(ctx, ['choices'], 'choicesRequired', LIMITS.choices);
      if (!Array.isArray(choices)) return;
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
    if (type !== 'word' && type !== 'openText' && p.maxLength !== undefined) report(ctx, ['maxLength'], 'maxLengthNotAllowed', { type });
  }, always)
  .transform((p): LivePrompt => {
    if (p.type === 'word' || p.type === 'openText') return { ...p, maxLength: p.maxLength ?? LIVE_TEXT_DEFAULTS[p.type] };
    return p;
  });

export const livePromptsSchema = z
  .array(livePromptSchema)
  .max(LIVE_LIMITS.perSession)
  .superRefine((prompts, ctx) => {
    reportDuplicates(
      ctx,
      prompts,
      (p) => p.id,
      (i) => [i, 'id'],
    );
  })
  .optional();
