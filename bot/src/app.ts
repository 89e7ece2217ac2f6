import type { AppConfig } from './config';
import type { Logger } from './logger';
import type { Repositories } from './storage/repositories';
import { createTableRepositories } from './storage';
import { tableConnectionFrom } from './storage/table/azure-client';
import { createAdapter } from './teams/adapter';
import { ProgrammeBot } from './teams/programme-bot';
import { createMessagesHandler } from './teams/messages-endpoint';
import { isAllowedServiceUrl } from './teams/service-url-policy';
import { createHttpServer, listen } from './server';
import { createTabApi } from './api/tab-api';
import { DefaultAzureCredential } from '@azure/identity';
import { createScheduler } from './scheduler/create-scheduler';
import { tokenProviderFrom } from './delivery/credential-token-provider';
import { personalDataSettings } from './gdpr/settings';
import { createRetentionTask } from './gdpr/retention-task';
import { createMessageEraser } from './teams/message-eraser';
import { createTeamMembersSource } from './teams/team-members';
import { sendPromptNow } from './delivery/send-prompt-now';
import { createLiveService, type LiveService } from './live/live-service';
import { sendMeetingFollowUp } from './live/meeting-follow-up';
import { runFollowUp, sweepMeetingFollowUps, type FollowUpRunner } from './live/follow-up-sweep';
import { createMeetingConnector } from './teams/meeting-connector';
import type { DeliveryDeps } from './delivery/delivery-deps';
import { appVersion } from './version';
import { AppError } from './errors';

export interface RunningApp {
  url: string;
  port: number;
  repos: Repositories;
  /** Resolves when live-session work that outlives its request has settled (results card updates, meeting follow-ups). */
  liveIdle(): Promise<void>;
  close(): Promise<void>;
}

export interface StartAppOptions {
  config: AppConfig;
  logger: Logger;
  /** Injected repositories (tests); otherwise Table Storage from config. */
  repos?: Repositories;
  clock?: () => Date;
  tabDir?: string;
}

/** The composition root: wires storage, the bot and the HTTP server, and starts listening. */
export async function startApp(options: StartAppOptions): Promise<RunningApp> {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const repos = options.repos ?? (await openStorage(config));
  const adapter = createAdapter(config.bot, logger);
  const serviceUrlPolicy = { production: config.env === 'production' };
  // Set once the scheduler (and its sender) exists; the meeting follow-up sends through it.
  const followUpDelivery: { deps?: DeliveryDeps } = {};
  const followUps: FollowUpRunner = {
    send: async (programmeId, sessionNumber) => {
      if (followUpDelivery.deps) await sendMeetingFollowUp(followUpDelivery.deps, programmeId, sessionNumber);
    },
  };
  const live: LiveService = createLiveService({
    repos,
    clock,
    logger: logger.child('live'),
    connector: createMeetingConnector({ adapter, appId: config.bot.appId, serviceUrlPolicy }),
    resultsIntervalMs: config.live.resultsIntervalMs,
    bubble:
      config.live.teamsAppId && config.tab.endpoint && config.bot.appId
        ? { teamsAppId: config.live.teamsAppId, tabEndpoint: config.tab.endpoint, botId: config.bot.appId }
        : undefined,
    followUp: (programmeId, sessionNumber) => runFollowUp({ repos, clock }, followUps, programmeId, sessionNumber),
  });
  const bot = new ProgrammeBot({ repos, clock, logger: logger.child('bot'), live });
  const inbound = {
    authenticated: Boolean(config.bot.appId),
    allowedTenantIds: config.allowedTenantIds,
    isServiceUrlAllowed: (url: string) => isAllowedServiceUrl(url, serviceUrlPolicy),
  };
  const messages = createMessagesHandler({ adapter, bot, logger, inbound });
  const personal = personalDataSettings(config);
  const retention = createRetentionTask({ repos, settings: personal, clock, logger: logger.child('retention') });
  const messageEraser = createMessageEraser({ adapter, appId: config.bot.appId, serviceUrlPolicy, logger });
  const scheduler = createScheduler({
    repos,
    adapter,
    appId: config.bot.appId,
    serviceUrlPolicy,
    clock,
    logger: logger.child('scheduler'),
    settings: {
      tickMs: config.scheduler.tickMs,
      sendRatePerTenant: config.scheduler.sendRatePerTenant,
      sendRatePerConversation: config.scheduler.sendRatePerConversation,
      sessionReminderTime: config.scheduler.sessionReminderTime,
      afterPass: async (signal) => {
        await retention.runIfDue(signal);
        // A meeting-end turn whose instance went away before the follow-up was done: done here (at least once).
        await sweepMeetingFollowUps({ repos, clock, logger: logger.child('follow-up') }, followUps, signal);
      },
      graphInstall:
        config.scheduler.graphInstall && config.scheduler.teamsAppCatalogId
          ? {
              teamsAppId: config.scheduler.teamsAppCatalogId,
              tokens: tokenProviderFrom(new DefaultAzureCredential({ managedIdentityClientId: config.storage.managedIdentityClientId })),
            }
          : undefined,
    },
  });
  followUpDelivery.deps = { repos, sender: scheduler.sender, clock, logger: logger.child('follow-up'), instanceId: scheduler.instanceId };
  const tabApi = await createTabApi(config, {
    repos,
    clock,
    logger: logger.child('api'),
    personalData: { settings: personal, messageEraser },
    teamMembers: createTeamMembersSource({ adapter, appId: config.bot.appId, serviceUrlPolicy }),
    // "Send now" from the tab: the scheduler's sender and instance id, the same delivery records.
    sendPromptNow: (programmeId, promptId) =>
      sendPromptNow(
        { repos, sender: scheduler.sender, clock, logger: logger.child('send-now'), instanceId: scheduler.instanceId },
        programmeId,
        promptId,
      ),
    live,
  });
  const server = createHttpServer({
    config,
    logger,
    repos,
    messages,
    apiRoutes: tabApi.routes,
    // The rate limiter counts per verified person.
    identifyCaller: tabApi.identifyCaller,
    tabDir: options.tabDir,
    version: appVersion(),
  });
  const { port, url } = await listen(server, config.port, config.host);
  if (config.scheduler.enabled) scheduler.runner.start();
  logger.info(
    { url, mode: config.bot.appId ? 'authenticated' : 'anonymous', env: config.env, devSignIn: tabApi.devSignIn },
    'server listening',
  );
  return {
    url,
    port,
    repos,
    liveIdle: async () => {
      await bot.meetingWorkIdle();
      await live.idle();
    },
    close: async () => {
      await scheduler.runner.stop();
      live.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Table Storage by connection string, or by account URL through the managed identity (DefaultAzureCredential). */
async function openStorage(config: AppConfig): Promise<Repositories> {
  const connection = tableConnectionFrom(config.storage);
  if (!connection) throw new AppError('CONFIG_INVALID', 'STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL is required.');
  return createTableRepositories({ ...connection, tablePrefix: config.storage.tablePrefix });
}
