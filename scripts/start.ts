import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { loadConfig, type AppConfig } from '../bot/src/config';
import { createLogger, type Logger } from '../bot/src/logger';
import { startApp, type RunningApp } from '../bot/src/app';
import { projectRoot } from '../bot/src/version';
import { importProgramme } from '../bot/src/programme-file/import-programme';
import { azuriteConnectionString } from './azurite-connection';
import { portAnswers, startAzuriteProcess, startPlaygroundProcess, stopChild, waitForPort } from './local-stack';

/**
 * `npm start`. With no Azure settings: the local embedded stack (Azurite,
 * demo programme, server, Agents Playground). With Azure settings: the
 * server alone, as App Service runs it.
 */
async function main(): Promise<void> {
  const root = projectRoot();
  let config: AppConfig;
  try {
    config = loadConfig({ envDir: join(root, 'env') });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
  if (process.argv.includes('--dev')) config.logLevel = 'debug';
  const logger = createLogger({ level: config.logLevel, pretty: config.logPretty, name: 'start' });
  const tabDir = join(root, 'tab', 'dist');

  if (!config.local) {
    const app = await startApp({ config, logger, tabDir });
    onStop(logger, async () => app.close());
    return;
  }

  const children: ChildProcess[] = [];
  let app: RunningApp | undefined;
  const shutdown = async () => {
    await app?.close();
    for (const child of children.reverse()) await stopChild(child);
  };
  onStop(logger, shutdown);

  try {
    const azuritePort = config.local_.azuritePort;
    if (await portAnswers(azuritePort)) {
      logger.info({ port: azuritePort }, 'a Table service already answers on the Azurite port; using it');
    } else {
      const azurite = startAzuriteProcess(root, azuritePort, (line) => logger.debug({ source: 'azurite' }, line));
      children.push(azurite);
      await waitForPort(azuritePort, 20000, azurite);
      logger.info({ port: azuritePort, pid: azurite.pid }, 'Azurite Table service started (data in .data/azurite)');
    }
    config.storage.connectionString = azuriteConnectionString(azuritePort);

    app = await startApp({ config, logger, tabDir });

    const demoFile = join(root, config.local_.demoProgrammeFile);
    const report = await importProgramme(app.repos, readFileSync(demoFile, 'utf8'), { now: new Date(), fileName: demoFile });
    logger.info({ report: summarise(report) }, 'demo programme imported');

    const playgroundPort = config.local_.playgroundPort;
    const playground = startPlaygroundProcess(root, playgroundPort, `${app.url}/api/messages`, (line) =>
      logger.debug({ source: 'playground' }, line),
    );
    children.push(playground);
    await waitForPort(playgroundPort, 60000, playground);

    const lines = [
      '',
      '  Innovationsutbildning is running locally / körs lokalt:',
      `    Teams chat (Agents Playground): http://127.0.0.1:${playgroundPort}`,
      `    Tab / Fliken:                   ${app.url}/`,
      `    Health:                         ${app.url}/healthz`,
      '  Ctrl-C stops everything.',
      '',
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } catch (err) {
    logger.error({ err: (err as Error).message }, 'local start failed');
    await shutdown();
    process.exit(1);
  }
}

function summarise(report: unknown): unknown {
  if (report && typeof report === 'object') {
    const { errors: _errors, ...rest } = report as Record<string, unknown>;
    return rest;
  }
  return report;
}

function onStop(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    stop().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}

main().catch((err: Error) => {
  process.stderr.write(`${err.stack ?? err.message}\n`);
  process.exit(1);
});
