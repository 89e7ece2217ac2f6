import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../bot/src/config';
import { personalDataSettings } from '../bot/src/gdpr/settings';
import { silentLogger } from '../bot/src/logger';
import { createAdapter } from '../bot/src/teams/adapter';
import { createMessageEraser } from '../bot/src/teams/message-eraser';
import { projectRoot } from '../bot/src/version';
import type { PersonalDataContext } from './personal-data-commands';

/**
 * What `export-person`, `erase-person` and `purge` take from the same config
 * as the server (env/.env.<APP_ENV> and the environment): the erasure policy,
 * retention default and pseudonym key, and a bot adapter to delete posted
 * messages with (anonymous locally; the bot's credentials in production).
 */
export function cliPersonalData(environment: NodeJS.ProcessEnv): PersonalDataContext {
  let config: ReturnType<typeof loadConfig> | undefined;
  const configOnce = () => (config ??= loadConfig({ envDir: join(projectRoot(), 'env'), environment }));
  let settings: ReturnType<typeof personalDataSettings> | undefined;
  return {
    // One key per run: the same person's answers get one pseudonym even without a configured secret.
    settings: () => (settings ??= personalDataSettings(configOnce())),
    writeFile: (path, data) => writeFile(path, data, { mode: 0o600 }),
    openMessageEraser: () => {
      const loaded = configOnce();
      const logger = silentLogger();
      return createMessageEraser({
        adapter: createAdapter(loaded.bot, logger),
        appId: loaded.bot.appId,
        serviceUrlPolicy: { production: loaded.env === 'production' },
        logger,
      });
    },
  };
}
