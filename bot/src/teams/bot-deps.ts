import type { LiveService } from '../live/live-service';
import type { Logger } from '../logger';
import type { Repositories } from '../storage/repositories';

export interface ProgrammeBotDeps {
  repos: Repositories;
  clock: () => Date;
  logger: Logger;
  /** Live sessions in meeting chats; without it the bot ignores meetings. */
  live?: LiveService;
}
