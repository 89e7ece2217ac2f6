import type { Logger } from '../logger';
import type { ProgrammeCatalog } from '../prompts/programme-catalog';
import type { Repositories } from '../storage/repositories';
import type { MeetingConnector } from './meeting-connector';
import type { ViewRoleCache } from './view-role-cache';

/** The in-meeting content bubble: a page of the tab, opened by Teams for everyone in the meeting. */
export interface BubbleSettings {
  /** The Teams app id (manifest `id`). */
  teamsAppId: string;
  /** The tab's public https base URL. */
  tabEndpoint: string;
  /** The bot's id, so Teams closes the bubble when the bot posts its reply. */
  botId: string;
}

/** What live sessions need; built once in the composition root. */
export interface LiveDeps {
  repos: Repositories;
  clock: () => Date;
  logger: Logger;
  connector: MeetingConnector;
  /** The results card in the chat is updated at most this often (default 3 s). */
  resultsIntervalMs?: number;
  /** Only with a Teams app id and a public tab URL (not locally). */
  bubble?: BubbleSettings;
  /** Sends the meeting's follow-up once it ended (attendees: the feedback and next assignment; the others: a catch-up). */
  followUp?: (programmeId: string, sessionNumber: number) => Promise<void>;
  /** Programme reads (a short-lived cache by default: every side panel polls every second). */
  catalog?: ProgrammeCatalog;
  /** Whether to show facilitator controls, remembered briefly for the polling side panel (actions always check afresh). */
  viewRoles?: ViewRoleCache;
}

export const DEFAULT_RESULTS_INTERVAL_MS = 3000;

/** Where live sessions read programmes: the catalog when there is one, else storage. */
export function programmesOf(deps: Pick<LiveDeps, 'repos' | 'catalog'>): ProgrammeCatalog {
  return deps.catalog ?? deps.repos.programmes;
}
