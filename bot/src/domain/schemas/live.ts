import { z } from 'zod';
import { LIVE_QUESTION_TYPES, LIVE_TEXT_DEFAULTS, type LivePrompt } from '../live';
import { LIMITS, always, report } from './issues';
import { idSchema, localizedTextSchema } from './building-blocks';
import { reportDuplicates, str } from './checks';
import { checkChoices, choiceSchema } from './prompt';

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
    if (!checkChoices(ctx, type, p.choices)) return;
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
