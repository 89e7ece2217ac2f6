import { z } from 'zod';
import { INPUT_PREFIX } from '../domain/answer-validation';
import { AppError } from '../errors';
import type { AnswerRequest } from './contract';

const MAX_INPUTS = 50;

const schema = z
  .object({
    inputs: z.record(
      z.string().min(1).max(100),
      z.union([z.string().max(40_000), z.number(), z.array(z.string().max(200)).max(MAX_INPUTS)]),
    ),
    version: z.string().min(1).max(200).optional(),
  })
  .strict();

/** The body of an answer from the tab, checked for shape only (the answer rules are the answer service's). */
export function parseAnswerBody(body: unknown): AnswerRequest {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'answer body has the wrong shape');
  if (Object.keys(parsed.data.inputs).length > MAX_INPUTS) throw new AppError('VALIDATION_FAILED', 'too many inputs');
  return parsed.data;
}

/**
 * The tab's `{ questionId: value }` as the card would send it
 * (`q_{questionId}` → string; several choices comma-separated), so both
 * paths go through the same validation.
 */
export function toCardInputs(inputs: AnswerRequest['inputs']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(inputs)) {
    out[`${INPUT_PREFIX}${id}`] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return out;
}
