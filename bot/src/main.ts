import { join } from 'node:path';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { startApp } from './app';
import { projectRoot } from './version';

/** Server only, as App Service runs it: `node dist/bot/src/main.js`. */
async function main(): Promise<void> {
  const config = loadConfig({ envDir: join(projectRoot(), 'env') });
  const logger = createLogger({ level: config.logLevel, pretty: config.logPretty, name: 'app', pseudonymKey: config.logPseudonymKey });
  const app = await startApp({ config, logger, tabDir: join(projectRoot(), 'tab', 'dist') });
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
