import { join } from 'node:path';
import { loadConfig } from '../bot/src/config';
import type { MessageSender } from '../bot/src/delivery/message-sender';
import { silentLogger } from '../bot/src/logger';
import { createAdapter } from '../bot/src/teams/adapter';
import { createProactiveSender } from '../bot/src/teams/proactive-sender';
import { projectRoot } from '../bot/src/version';

/**
 * The sender `programme send` uses: the bot adapter from the same config as
 * the server (env/.env.<APP_ENV> and the environment). Locally that is
 * anonymous mode, and the stored serviceUrl is the Agents Playground on
 * loopback; in production the bot's credentials and Teams' hosts only.
 */
export function openCliSender(environment: NodeJS.ProcessEnv): MessageSender {
  const config = loadConfig({ envDir: join(projectRoot(), 'env'), environment });
  const logger = silentLogger();
  return createProactiveSender({
    adapter: createAdapter(config.bot, logger),
    appId: config.bot.appId,
    serviceUrlPolicy: { production: config.env === 'production' },
    logger,
  });
}
