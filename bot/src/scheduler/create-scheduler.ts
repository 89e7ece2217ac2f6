import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { TokenProvider } from '../delivery/app-installer';
import { createGraphAppInstaller } from '../delivery/graph-app-installer';
import type { MessageSender } from '../delivery/message-sender';
import type { Logger } from '../logger';
import type { Repositories } from '../storage/repositories';
import { createProactiveSender, type ProactiveAdapter } from '../teams/proactive-sender';
import type { ServiceUrlPolicy } from '../teams/service-url-policy';
import { createSchedulerRunner, type SchedulerRunner } from './scheduler-runner';

export interface SchedulerSettings {
  /** Pause between passes. Default 30 s. */
  tickMs?: number;
  /** Default 25 messages/s per tenant, 7/s per conversation. */
  sendRatePerTenant?: number;
  sendRatePerConversation?: number;
  /** Local `HH:mm` of the session reminder the day before. Default 09:00. */
  sessionReminderTime?: string;
  /** Install the app through Graph for enrolled people without a conversation (GRAPH_INSTALL_ENABLED). */
  graphInstall?: { teamsAppId: string; tokens: TokenProvider };
  /** Unique per process; default host name + pid + random. */
  instanceId?: string;
  /** Further work under the scheduler's lease after each pass (the retention purge). */
  afterPass?: (signal: AbortSignal) => Promise<unknown>;
}

export interface SchedulerParts {
  runner: SchedulerRunner;
  sender: MessageSender;
  instanceId: string;
}

/**
 * Builds the proactive sender and the leased scheduler runner for the
 * composition root. Nothing runs until `runner.start()`; `runner.stop()`
 * lets the lease go.
 */
export function createScheduler(options: {
  repos: Repositories;
  adapter: ProactiveAdapter;
  /** The bot's app id; undefined in anonymous mode. */
  appId?: string;
  serviceUrlPolicy: ServiceUrlPolicy;
  clock: () => Date;
  logger: Logger;
  settings?: SchedulerSettings;
}): SchedulerParts {
  const settings = options.settings ?? {};
  const logger = options.logger;
  const instanceId = settings.instanceId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const sender = createProactiveSender({
    adapter: options.adapter,
    appId: options.appId,
    serviceUrlPolicy: options.serviceUrlPolicy,
    rates: { perTenantPerSecond: settings.sendRatePerTenant ?? 25, perConversationPerSecond: settings.sendRatePerConversation ?? 7 },
    logger,
  });
  const installer = settings.graphInstall
    ? createGraphAppInstaller({ teamsAppId: settings.graphInstall.teamsAppId, tokens: settings.graphInstall.tokens, logger })
    : undefined;
  const runner = createSchedulerRunner({
    repos: options.repos,
    sender,
    clock: options.clock,
    logger,
    instanceId,
    tickMs: settings.tickMs ?? 30_000,
    schedule: settings.sessionReminderTime ? { sessionReminderTime: settings.sessionReminderTime } : undefined,
    installer,
    afterPass: settings.afterPass,
  });
  return { runner, sender, instanceId };
}
