import type { AdminJoinCodeResponse, AdminProgrammeUpdateResponse, AnswersPolicy } from '../api/admin-contract';
import type { AdminDeps } from './admin-deps';
import { AdminError } from './admin-errors';
import { discardAnswers } from './answer-discard';
import { adminIssue, assertJoinCodeFree, freshJoinCode, validated } from './programme-checks';
import { programmeVersion, type StoredProgramme } from './programme-document';
import { adminProgrammeView, loadOrNotFound } from './programme-reads';
import { changedPrompts, promptsToDiscard, unresolvedSentPrompts } from './prompt-changes';
import { promptStates } from './prompt-states';

function policyOf(value: unknown): Record<string, AnswersPolicy> {
  if (value === null || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, AnswersPolicy] => entry[1] === 'keep' || entry[1] === 'discard'),
  );
}

/**
 * Applies the "prompt already sent" rule between what is stored and what is
 * about to be saved: throws PROMPT_ALREADY_SENT unless every changed or
 * removed prompt with answers or deliveries has a policy. Returns the prompt
 * ids whose answers are to be discarded after the save.
 */
export async function checkSentPrompts(
  deps: AdminDeps,
  stored: StoredProgramme | undefined,
  next: StoredProgramme,
  rawPolicy: unknown,
): Promise<string[]> {
  if (!stored) return [];
  const policy = policyOf(rawPolicy);
  // A new time zone moves every prompt's instants, so every prompt counts as changed.
  const zoneChanged = stored.programme.timeZone !== next.programme.timeZone;
  const changes = zoneChanged
    ? stored.prompts.map((prompt) => ({
        prompt,
        change: next.prompts.some((p) => p.id === prompt.id) ? ('changed' as const) : ('removed' as const),
      }))
    : changedPrompts(stored.prompts, next.prompts);
  const states = await promptStates(
    deps.repos,
    stored.programme.id,
    changes.map((c) => c.prompt),
  );
  const conflicts = unresolvedSentPrompts(changes, states, policy);
  if (conflicts.length > 0) throw new AdminError('PROMPT_ALREADY_SENT', { prompts: conflicts });
  return promptsToDiscard(changes, states, policy);
}

export async function discardAll(deps: AdminDeps, programmeId: string, promptIds: readonly string[]): Promise<Record<string, number>> {
  const discarded: Record<string, number> = {};
  for (const promptId of promptIds) discarded[promptId] = await discardAnswers(deps.repos.tables.answers, programmeId, promptId);
  return discarded;
}

/** PUT: replaces the programme as a whole if `version` still matches, under the "prompt already sent" rule. */
export async function updateProgramme(deps: AdminDeps, programmeId: string, body: unknown): Promise<AdminProgrammeUpdateResponse> {
  const request = (body ?? {}) as Record<string, unknown>;
  const stored = await loadOrNotFound(deps, programmeId);
  const currentVersion = programmeVersion(stored);
  if (request.version !== currentVersion) throw new AdminError('STORAGE_CONFLICT', { currentVersion });
  const next = validated(request);
  if (next.programme.id !== programmeId) {
    throw new AdminError('VALIDATION_FAILED', { issues: [adminIssue('programme.id', 'idChanged', { value: programmeId })] });
  }
  await assertJoinCodeFree(deps, next.programme);
  const discard = await checkSentPrompts(deps, stored, next, request.answersPolicy);
  await deps.repos.programmes.save(next.programme, next.sessions, next.prompts);
  const discardedAnswers = await discardAll(deps, programmeId, discard);
  return { ...(await adminProgrammeView(deps, next)), discardedAnswers };
}

/** A fresh join code; the old one stops working at once. */
export async function renewJoinCode(deps: AdminDeps, programmeId: string): Promise<AdminJoinCodeResponse> {
  const stored = await loadOrNotFound(deps, programmeId);
  const next = { ...stored, programme: { ...stored.programme, joinCode: await freshJoinCode(deps) } };
  await deps.repos.programmes.save(next.programme, next.sessions, next.prompts);
  return { joinCode: next.programme.joinCode, version: programmeVersion(next) };
}
