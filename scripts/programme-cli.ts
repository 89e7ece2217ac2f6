import { readFile } from 'node:fs/promises';
import { pickLocale, type Locale } from '../bot/src/domain/locale';
import { t } from '../bot/src/i18n';
import { formatImportReport, formatIssueLine } from '../bot/src/programme-file/format-report';
import { importProgramme, programmeFileIssues } from '../bot/src/programme-file/import-programme';
import { parseProgrammeFile, type FileIssue } from '../bot/src/programme-file/parse-programme-file';
import { createTableRepositories, type Repositories } from '../bot/src/storage';
import type { MessageSender } from '../bot/src/delivery/message-sender';
import { silentLogger, type Logger } from '../bot/src/logger';
import { runSendCommand } from './send-command';
import { PERSONAL_DATA_COMMANDS, type PersonalDataContext } from './personal-data-commands';

/**
 * `npm run programme -- <command> [options]`: programme administration.
 * Commands are entries in COMMANDS; the core (`runProgrammeCli`) takes its
 * arguments, streams, clock and storage from the caller so tests run it
 * in-process. Exit codes: 0 done, 1 failed (e.g. an invalid file), 2 usage.
 */

/** Local Azurite, the default when neither a flag nor STORAGE_CONNECTION_STRING names an account. */
export const LOCAL_CONNECTION_STRING =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;';

export interface TextOut {
  write(text: string): unknown;
}

export interface StorageOptions {
  connectionString: string;
  tablePrefix?: string;
}

export interface CliContext {
  env: Record<string, string | undefined>;
  stdout: TextOut;
  stderr: TextOut;
  now(): Date;
  readFile(path: string): Promise<string>;
  /** Opened only by commands that need storage. */
  openRepositories(options: StorageOptions): Promise<Repositories> | Repositories;
  /** The proactive sender (a bot adapter), opened only by `send`. */
  openSender?(): Promise<MessageSender> | MessageSender;
  /** Where delivery code logs (default: nowhere; the command prints its own summary). */
  logger?: Logger;
  /** For export-person, erase-person and purge (personal-data-commands.ts). */
  personalData?: PersonalDataContext;
}

export interface CommandRun {
  operands: string[];
  options: Partial<Record<OptionName, string>>;
  flags: Partial<Record<FlagName, boolean>>;
  locale: Locale;
  ctx: CliContext;
  repositories(): Promise<Repositories>;
}

export interface CliCommand {
  /** Message key of the one-line help. */
  help: string;
  /** Options and flags only this command takes (the storage and language options work everywhere). */
  accepts?: readonly (OptionName | FlagName)[];
  run(input: CommandRun): Promise<number>;
}

const OPTIONS = ['connection-string', 'table-prefix', 'lang', 'out'] as const;
export type OptionName = (typeof OPTIONS)[number];
/** Options without a value. */
const FLAGS = ['yes', 'dry-run'] as const;
export type FlagName = (typeof FLAGS)[number];
/** Options of one command only (see CliCommand.accepts). */
const COMMAND_ONLY: readonly string[] = ['out', ...FLAGS];

const COMMANDS: Record<string, CliCommand> = {
  import: { help: 'programme.cli.command.import', run: importCommand },
  check: { help: 'programme.cli.command.check', run: checkCommand },
  send: { help: 'delivery.cli.command.send', run: sendCommand },
  ...PERSONAL_DATA_COMMANDS,
};

export async function runProgrammeCli(args: readonly string[], ctx: CliContext): Promise<number> {
  const parsed = parseArgs(args);
  const locale = parsed.options.lang === 'en' || parsed.options.lang === 'sv' ? parsed.options.lang : envLocale(ctx.env);
  const say = (out: TextOut, key: string, params?: Record<string, string | number>) => out.write(`${t(locale, key, params)}\n`);

  if (parsed.error) {
    say(ctx.stderr, parsed.error.key, parsed.error.params);
    return 2;
  }
  const [name, ...operands] = parsed.operands;
  if (parsed.help || !name) {
    say(name || parsed.help ? ctx.stdout : ctx.stderr, 'programme.cli.usage', { commands: usageLines(locale) });
    return name || parsed.help ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    say(ctx.stderr, 'programme.cli.unknownCommand', { command: name });
    say(ctx.stderr, 'programme.cli.usage', { commands: usageLines(locale) });
    return 2;
  }

  const foreign = [...Object.keys(parsed.options), ...Object.keys(parsed.flags ?? {})].find(
    (name) => COMMAND_ONLY.includes(name) && !(command.accepts as readonly string[] | undefined)?.includes(name),
  );
  if (foreign) {
    say(ctx.stderr, 'programme.cli.unknownFlag', { flag: `--${foreign}` });
    return 2;
  }

  let repos: Repositories | undefined;
  const repositories = async () => {
    repos ??= await ctx.openRepositories({
      connectionString: parsed.options['connection-string'] ?? ctx.env.STORAGE_CONNECTION_STRING ?? LOCAL_CONNECTION_STRING,
      tablePrefix: parsed.options['table-prefix'] ?? ctx.env.TABLE_PREFIX,
    });
    return repos;
  };
  return command.run({ operands, options: parsed.options, flags: parsed.flags ?? {}, locale, ctx, repositories });
}

async function importCommand({ operands, locale, ctx, repositories }: CommandRun): Promise<number> {
  const file = await readProgrammeFile(operands, locale, ctx);
  if (file === undefined) return 2;
  const now = ctx.now();
  // Checked before storage is opened, so a broken file is reported without an account.
  const parsed = parseProgrammeFile(file.text, { now });
  if (!parsed.ok) return reportIssues(file.name, parsed.issues, locale, ctx);
  try {
    const report = await importProgramme(await repositories(), file.text, { now, fileName: file.name });
    ctx.stdout.write(formatImportReport(report, locale).join('\n') + '\n');
    return 0;
  } catch (err) {
    const issues = programmeFileIssues(err);
    if (issues) return reportIssues(file.name, issues, locale, ctx);
    ctx.stderr.write(`${t(locale, 'programme.cli.failed', { reason: err instanceof Error ? err.message : String(err) })}\n`);
    return 1;
  }
}

async function sendCommand({ operands, locale, ctx, repositories }: CommandRun): Promise<number> {
  return runSendCommand({
    operands,
    locale,
    stdout: ctx.stdout,
    stderr: ctx.stderr,
    now: ctx.now,
    repositories,
    sender: async () => {
      if (!ctx.openSender) throw new Error('no bot adapter to send with');
      return ctx.openSender();
    },
    logger: ctx.logger ?? silentLogger(),
    instanceId: `cli-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
  });
}

async function checkCommand({ operands, locale, ctx }: CommandRun): Promise<number> {
  const file = await readProgrammeFile(operands, locale, ctx);
  if (file === undefined) return 2;
  const parsed = parseProgrammeFile(file.text, { now: ctx.now() });
  if (!parsed.ok) return reportIssues(file.name, parsed.issues, locale, ctx);
  const { programme, sessions, prompts, roster } = parsed.bundle;
  const params = { file: file.name, id: programme.id, sessions: sessions.length, prompts: prompts.length, roster: roster.length };
  ctx.stdout.write(`${t(locale, 'programme.cli.valid', params)}\n`);
  return 0;
}

async function readProgrammeFile(operands: string[], locale: Locale, ctx: CliContext): Promise<{ name: string; text: string } | undefined> {
  const [name] = operands;
  if (!name) {
    ctx.stderr.write(`${t(locale, 'programme.cli.missingFile')}\n`);
    return undefined;
  }
  try {
    return { name, text: await ctx.readFile(name) };
  } catch (err) {
    ctx.stderr.write(
      `${t(locale, 'programme.cli.cannotRead', { file: name, reason: (err as NodeJS.ErrnoException).code ?? String(err) })}\n`,
    );
    return undefined;
  }
}

function reportIssues(fileName: string, issues: FileIssue[], locale: Locale, ctx: CliContext): number {
  for (const issue of issues) ctx.stderr.write(`${formatIssueLine(fileName, issue, locale)}\n`);
  ctx.stderr.write(`${t(locale, 'programme.cli.errors', { count: issues.length, file: fileName })}\n`);
  return 1;
}

function usageLines(locale: Locale): string {
  return Object.values(COMMANDS)
    .map((c) => `  ${t(locale, c.help)}`)
    .join('\n');
}

function envLocale(env: CliContext['env']): Locale {
  return pickLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG, 'sv');
}

interface ParsedArgs {
  operands: string[];
  options: Partial<Record<OptionName, string>>;
  /** Absent when no flag was given. */
  flags?: Partial<Record<FlagName, boolean>>;
  help: boolean;
  error?: { key: string; params: Record<string, string> };
}

/** `--name value`, `--name=value`, flags `--yes`, `-h`/`--help`; `--` ends the options. The first problem is kept, the rest still read (for `--lang`). */
export function parseArgs(args: readonly string[]): ParsedArgs {
  const result: ParsedArgs = { operands: [], options: {}, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      result.operands.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      result.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      result.operands.push(arg);
      continue;
    }
    const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if ((FLAGS as readonly string[]).includes(flag) && inline === undefined) {
      result.flags = { ...result.flags, [flag]: true };
      continue;
    }
    if (!(OPTIONS as readonly string[]).includes(flag)) {
      result.error ??= { key: 'programme.cli.unknownFlag', params: { flag: `--${flag}` } };
      continue;
    }
    const value = inline ?? (args[i + 1]?.startsWith('--') ? undefined : args[++i]);
    if (value === undefined || value === '') result.error ??= { key: 'programme.cli.missingValue', params: { flag: `--${flag}` } };
    else result.options[flag as OptionName] = value;
  }
  return result;
}

/** Loaded on use: only the personal-data commands need the config and the bot adapter. */
let personalData: Promise<PersonalDataContext> | undefined;
function personalDataContext(): Promise<PersonalDataContext> {
  personalData ??= import('./cli-personal-data').then((m) => m.cliPersonalData(process.env));
  return personalData;
}

if (require.main === module) {
  runProgrammeCli(process.argv.slice(2), {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    readFile: (path) => readFile(path, 'utf8'),
    openRepositories: ({ connectionString, tablePrefix }) => createTableRepositories({ connectionString, tablePrefix }),
    // Loaded on use: only `send` needs the bot adapter.
    openSender: async () => (await import('./cli-sender')).openCliSender(process.env),
    personalData: {
      settings: async () => (await personalDataContext()).settings(),
      writeFile: async (path, data) => (await personalDataContext()).writeFile!(path, data),
      openMessageEraser: async () => (await personalDataContext()).openMessageEraser!(),
    },
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
