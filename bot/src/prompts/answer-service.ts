import { sameAnswers, validateAnswers, type AnswerFieldError } from '../domain/answer-validation';
import type { PersonRef } from '../domain/identity';
import type { AnswerSet, AnswerValue } from '../domain/model';
import { AppError, isAppError } from '../errors';
import type { AnswerRepository } from '../storage/repositories';
import { promptWindow, type PromptWindow } from './prompt-card-view';
import { promptAccess, type PromptAccessDeps, type PromptContext } from './prompt-access';

export type AnswerServiceDeps = PromptAccessDeps & {
  answers: Pick<AnswerRepository, 'get' | 'create' | 'update'>;
};

export interface SubmitAnswerInput {
  /** From the activity (tenant + object id), never from the card. */
  person: PersonRef;
  programmeId: string;
  promptId: string;
  /** The card's inputs as Teams sent them (`q_{questionId}` → string); any other key is rejected. */
  inputs: Record<string, unknown>;
  now: Date;
  /** Set when the card was an edit of a stored answer: the version (ETag) it was based on. */
  baseVersion?: string;
}

export type SubmitAnswerResult =
  | { kind: 'saved'; answer: AnswerSet; context: PromptContext }
  | { kind: 'invalid'; errors: AnswerFieldError[]; context: PromptContext }
  | { kind: 'closed'; window: Exclude<PromptWindow, 'open'>; context: PromptContext }
  | { kind: 'notFound' }
  | { kind: 'notEnrolled' }
  /** The stored answer differs from what this card was based on; `current` is what is stored now. */
  | { kind: 'conflict'; current: AnswerSet; context: PromptContext; reason: 'alreadyAnswered' | 'changedMeanwhile' };

/**
 * Stores one person's answer to a prompt, by the rules: the prompt exists,
 * the person is enrolled, it is open by the server clock, every answer
 * fits. A first answer is created (a duplicate create of the same answers is
 * an idempotent success, so parallel identical submissions leave one row);
 * an edit replaces the row only if its version still matches (ETag), so a
 * racing edit loses with `conflict` and never overwrites. Storage errors
 * (STORAGE_UNAVAILABLE) are thrown: nothing was acknowledged.
 */
export async function submitAnswer(deps: AnswerServiceDeps, input: SubmitAnswerInput): Promise<SubmitAnswerResult> {
  const access = await promptAccess(deps, input.person, input.programmeId, input.promptId);
  if (access.kind !== 'ok') return access;
  const { context } = access;
  const window = promptWindow(context.prompt, context.programme.timeZone, input.now);
  if (window !== 'open') return { kind: 'closed', window, context };

  const validation = validateAnswers(context.prompt.questions, input.inputs);
  if (!validation.ok) return { kind: 'invalid', errors: validation.errors, context };

  const answers = validation.answers;
  const at = input.now.toISOString();
  const key = { programmeId: input.programmeId, promptId: input.promptId, person: input.person };
  return input.baseVersion === undefined
    ? createAnswer(deps, context, { ...key, answers, createdAt: at, editedAt: at })
    : editAnswer(deps, context, key, answers, at, input.baseVersion);
}

async function createAnswer(deps: AnswerServiceDeps, context: PromptContext, answer: AnswerSet): Promise<SubmitAnswerResult> {
  try {
    return { kind: 'saved', answer: await deps.answers.create(answer), context };
  } catch (err) {
    if (!isAppError(err, 'STORAGE_ALREADY_EXISTS')) throw err;
  }
  const current = await deps.answers.get(answer.programmeId, answer.promptId, answer.person);
  if (!current) throw new AppError('INTERNAL', 'answer vanished after a duplicate create');
  if (sameAnswers(current.answers, answer.answers)) return { kind: 'saved', answer: current, context };
  return { kind: 'conflict', current, context, reason: 'alreadyAnswered' };
}

async function editAnswer(
  deps: AnswerServiceDeps,
  context: PromptContext,
  key: Pick<AnswerSet, 'programmeId' | 'promptId' | 'person'>,
  answers: Record<string, AnswerValue>,
  at: string,
  baseVersion: string,
): Promise<SubmitAnswerResult> {
  const current = await deps.answers.get(key.programmeId, key.promptId, key.person);
  if (!current) return createAnswer(deps, context, { ...key, answers, createdAt: at, editedAt: at });
  if (sameAnswers(current.answers, answers)) return { kind: 'saved', answer: current, context };
  if (current.version !== baseVersion) return { kind: 'conflict', current, context, reason: 'changedMeanwhile' };
  try {
    const saved = await deps.answers.update({ ...current, answers, editedAt: at, version: baseVersion });
    return { kind: 'saved', answer: saved, context };
  } catch (err) {
    if (!isAppError(err, 'STORAGE_CONFLICT')) throw err;
  }
  const winner = await deps.answers.get(key.programmeId, key.promptId, key.person);
  if (!winner) throw new AppError('INTERNAL', 'answer vanished after a conflicting update');
  if (sameAnswers(winner.answers, answers)) return { kind: 'saved', answer: winner, context };
  return { kind: 'conflict', current: winner, context, reason: 'changedMeanwhile' };
}
