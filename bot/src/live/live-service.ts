import { cachedProgrammeCatalog } from '../prompts/programme-catalog';
import type { LiveDeps } from './live-deps';
import { ResultsUpdater } from './results-updater';
import { ViewRoleCache } from './view-role-cache';

/** Live sessions as the API and the bot use them: the dependencies and the one results updater of this instance. */
export interface LiveService {
  deps: LiveDeps;
  updater: ResultsUpdater;
  /** Resolves when no results update is pending (tests, shutdown). */
  idle(): Promise<void>;
  stop(): void;
}

export function createLiveService(given: LiveDeps): LiveService {
  const deps = {
    viewRoles: new ViewRoleCache(),
    catalog: cachedProgrammeCatalog(given.repos.programmes),
    ...given,
  };
  const updater = new ResultsUpdater(deps);
  return { deps, updater, idle: () => updater.idle(), stop: () => updater.stop() };
}
