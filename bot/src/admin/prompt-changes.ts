import type { AdminPromptState, AnswersPolicy, SentPromptConflict } from '../api/admin-contract';
import type { Prompt } from '../domain/model';
import { sameData } from '../programme-file/change-counts';

export interface PromptChange {
  prompt: Prompt;
  change: 'changed' | 'removed';
}

/** Stored prompts that an update changes (any field) or leaves out. */
export function changedPrompts(stored: readonly Prompt[], incoming: readonly Prompt[]): PromptChange[] {
  const byId = new Map(incoming.map((p) => [p.id, p]));
  return stored.flatMap((prompt): PromptChange[] => {
    const next = byId.get(prompt.id);
    if (!next) return [{ prompt, change: 'removed' }];
    return sameData(prompt, next) ? [] : [{ prompt, change: 'changed' }];
  });
}

/**
 * The "prompt already sent" rule: changed or removed prompts that have
 * answers or delivery records and no policy in the request. Empty = go ahead.
 */
export function unresolvedSentPrompts(
  changes: readonly PromptChange[],
  states: ReadonlyMap<string, AdminPromptState>,
  policy: Readonly<Record<string, AnswersPolicy>> = {},
): SentPromptConflict[] {
  return changes.flatMap(({ prompt, change }) => {
    const state = states.get(prompt.id);
    if (!state?.sent || policy[prompt.id] === 'keep' || policy[prompt.id] === 'discard') return [];
    return [{ promptId: prompt.id, title: prompt.title, change, answers: state.answers, deliveries: state.deliveries }];
  });
}

/** Prompt ids whose answers are to be discarded: changed or removed, sent, and `discard` asked for. */
export function promptsToDiscard(
  changes: readonly PromptChange[],
  states: ReadonlyMap<string, AdminPromptState>,
  policy: Readonly<Record<string, AnswersPolicy>> = {},
): string[] {
  return changes
    .filter(({ prompt }) => policy[prompt.id] === 'discard' && (states.get(prompt.id)?.answers ?? 0) > 0)
    .map((c) => c.prompt.id);
}
