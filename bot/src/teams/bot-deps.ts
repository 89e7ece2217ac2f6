import type { Logger } from '../logger';
import type { Repositories } from '../storage/repositories';

export interface ProgrammeBotDeps {
  repos: Repositories;
  clock: () => Date;
  logger: Logger;
}
