import type { SendPromptNow } from '../admin/send-now';
import type { TeamMembersSource } from '../admin/team-members-source';
import type { Logger } from '../logger';
import type { Repositories } from '../storage/repositories';
import type { DevIssuer } from '../auth/dev-issuer';
import type { TokenValidator } from '../auth/token-validator';
import type { MessageEraser } from '../gdpr/message-eraser';
import type { PersonalDataSettings } from '../gdpr/policy';
import type { ProgrammeCatalog } from '../prompts/programme-catalog';
import type { LiveService } from '../live/live-service';

/** What the tab's API needs; built once in the composition root. */
export interface ApiDeps {
  repos: Repositories;
  clock: () => Date;
  logger: Logger;
  auth: {
    validator: TokenValidator;
    /** Only outside production: serves `/api/dev-auth/*` (sign-in as a demo person). */
    devIssuer?: DevIssuer;
  };
  /** Programme reads for answering; a short-lived cache in front of the repository by default. */
  catalog?: ProgrammeCatalog;
  /** Department figures hide groups smaller than this (default 5). */
  minGroupSize?: number;
  /**
   * What erasure through the API needs from the composition root: the
   * configured policy and pseudonym key, and the Bot Connector eraser.
   * Without it the erase route refuses (500 CONFIG_INVALID), rather than
   * erase under a policy it does not know or leave posted messages behind.
   */
  personalData?: { settings: PersonalDataSettings; messageEraser: MessageEraser };
  /** Paged member lookup of a Teams team, for enrolling a team's members (admin roster). */
  teamMembers?: TeamMembersSource;
  /** "Send now" through the app's proactive sender and delivery records; without it the admin send route answers 501. */
  sendPromptNow?: SendPromptNow;
  /** Live sessions in Teams meetings (side panel, stage, live prompts); without it the live routes are not served. */
  live?: LiveService;
}
