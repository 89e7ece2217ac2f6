import type { PersonRef } from '../domain/identity';
import { moveAgenda, type AgendaState } from '../domain/live';
import { AppError, isAppError } from '../errors';
import { retryOnConflict } from '../storage/repositories/retry';
import { loadBoundSession } from './bound-session';
import { requireFacilitator } from './facilitator-check';
import type { LiveDeps } from './live-deps';

/** Read-change-write of the session's agenda state (created at item -1 if missing); `change` returns undefined for no change. */
export async function changeAgenda(
  deps: Pick<LiveDeps, 'repos' | 'clock'>,
  session: { programmeId: string; sessionNumber: number },
  change: (state: AgendaState) => AgendaState | undefined,
): Promise<AgendaState> {
  const { programmeId, sessionNumber } = session;
  return retryOnConflict(async () => {
    const stored = await deps.repos.live.getAgenda(programmeId, sessionNumber);
    const current: AgendaState = stored ?? { programmeId, sessionNumber, currentItem: -1, updatedAt: deps.clock().toISOString() };
    const next = change(current);
    if (!next) return current;
    try {
      return await deps.repos.live.saveAgenda({ ...next, updatedAt: deps.clock().toISOString(), version: stored?.version });
    } catch (err) {
      if (isAppError(err, 'STORAGE_ALREADY_EXISTS')) throw new AppError('STORAGE_CONFLICT', 'agenda created meanwhile', { cause: err });
      throw err;
    }
  });
}

/** The facilitator moves the session to agenda item `item` (-1: before the first); every side panel follows. */
export async function moveAgendaTo(deps: LiveDeps, person: PersonRef, chatId: string, item: number): Promise<AgendaState> {
  if (!Number.isInteger(item)) throw new AppError('VALIDATION_FAILED', 'item must be an integer');
  const bound = await loadBoundSession(deps, chatId);
  await requireFacilitator(deps, person, bound.chat);
  return changeAgenda(deps, bound.chat, (state) => moveAgenda(state, item, bound.session.agenda.length, deps.clock()));
}
