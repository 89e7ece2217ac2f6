import type { Programme, Prompt, Session } from '../domain/model';
import type { ProgrammeRepository } from '../storage/repositories';

export interface LoadedProgramme {
  programme: Programme;
  sessions: Session[];
  prompts: Prompt[];
}

/** Reads a programme with its sessions and prompts. */
export interface ProgrammeCatalog {
  load(programmeId: string): Promise<LoadedProgramme | undefined>;
}

export interface CachedCatalogOptions {
  /** How long a loaded programme is reused; a change made in storage shows after at most this long. */
  ttlMs?: number;
  /** Monotonic milliseconds; injectable for tests. */
  nowMs?: () => number;
  /** At most this many programmes are kept. */
  maxEntries?: number;
}

/**
 * A short-lived cache in front of `ProgrammeRepository.load`: a burst of
 * answers to the same prompt reads the programme partition once, and
 * concurrent loads of one programme share one read. Misses (an unknown
 * programme) and failures are not cached. Deadlines are always checked
 * against the clock, never cached.
 */
export function cachedProgrammeCatalog(
  programmes: Pick<ProgrammeRepository, 'load'>,
  options: CachedCatalogOptions = {},
): ProgrammeCatalog {
  const ttlMs = options.ttlMs ?? 5_000;
  const nowMs = options.nowMs ?? (() => performance.now());
  const maxEntries = options.maxEntries ?? 100;
  const entries = new Map<string, { at: number; value: Promise<LoadedProgramme | undefined> }>();

  return {
    load(programmeId) {
      const now = nowMs();
      const hit = entries.get(programmeId);
      if (hit && now - hit.at < ttlMs) return hit.value;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      const value = programmes.load(programmeId);
      const entry = { at: now, value };
      entries.set(programmeId, entry);
      const forget = () => {
        if (entries.get(programmeId) === entry) entries.delete(programmeId);
      };
      value.then((loaded) => loaded === undefined && forget(), forget);
      return value;
    },
  };
}
