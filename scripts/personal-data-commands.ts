import { writeFile } from 'node:fs/promises';
import { personKey } from '../bot/src/domain/identity';
import type { Locale } from '../bot/src/domain/locale';
import { subjectKey, type DataSubject } from '../bot/src/gdpr/data-subject';
import { erasePerson, planErasure } from '../bot/src/gdpr/erase-person';
import { toExportArchive } from '../bot/src/gdpr/export-archive';
import { exportPerson } from '../bot/src/gdpr/export-person';
import type { MessageEraser } from '../bot/src/gdpr/message-eraser';
import { DEFAULT_RETENTION_DAYS, type PersonalDataSettings } from '../bot/src/gdpr/policy';
import { pseudonymKeyFrom, pseudonymOf } from '../bot/src/gdpr/pseudonym';
import { parseSubjectQuery, resolveSubject } from '../bot/src/gdpr/resolve-subject';
import { summarisePlan } from '../bot/src/gdpr/retention-plan';
import { runRetentionPurge } from '../bot/src/gdpr/retention-run';
import { t } from '../bot/src/i18n';
import { formatProgress } from './progress-printer';
import type { CliCommand, CommandRun, TextOut } from './programme-cli';

/**
 * `export-person`, `erase-person` and `purge`: the personal-data commands
 * (bot/src/gdpr). Progress goes to stderr, results to stdout. CLI actions
 * are audited with the actor `cli`.
 */
export interface PersonalDataContext {
  /** ERASURE_POLICY, RETENTION_DEFAULT_DAYS and the pseudonym key, as the server reads them. */
  settings(): PersonalDataSettings | Promise<PersonalDataSettings>;
  writeFile?(path: string, data: Buffer): Promise<void>;
  /** Deletes posted messages at the Bot Connector; without it erase-person says it cannot. */
  openMessageEraser?(): MessageEraser | Promise<MessageEraser>;
}

const CLI_ACTOR = 'cli';

const DEFAULTS: PersonalDataContext = {
  settings: () => ({ erasurePolicy: 'delete', retentionDefaultDays: DEFAULT_RETENTION_DAYS, pseudonymKey: pseudonymKeyFrom(undefined) }),
};

export const PERSONAL_DATA_COMMANDS: Record<string, CliCommand> = {
  'export-person': { help: 'gdpr.cli.command.exportPerson', accepts: ['out'], run: exportPersonCommand },
  'erase-person': { help: 'gdpr.cli.command.erasePerson', accepts: ['yes'], run: erasePersonCommand },
  purge: { help: 'gdpr.cli.command.purge', accepts: ['dry-run'], run: purgeCommand },
};

async function exportPersonCommand(run: CommandRun): Promise<number> {
  const found = await findSubject(run);
  if (typeof found === 'number') return found;
  const { subject, repos } = found;
  const { ctx, locale } = run;
  const now = ctx.now();
  const progress = formatProgress(ctx.stderr, locale);
  const data = await exportPerson(repos.tables, subject, { now, locale, onProgress: progress.report });
  progress.flush();
  const file = run.options.out ?? `person-export-${now.toISOString().slice(0, 10)}.zip`;
  await (ctx.personalData?.writeFile ?? writeFile)(file, await toExportArchive(data, locale));
  await repos.audit.append({
    at: now.toISOString(),
    actor: CLI_ACTOR,
    action: 'person.export',
    target: auditTarget(subject, await settingsOf(run)),
  });
  const rows = data.tables.reduce((n, table) => n + table.rows.length, 0);
  say(ctx.stdout, locale, 'gdpr.cli.exported', { file, rows, tables: data.tables.filter((table) => table.rows.length > 0).length });
  return 0;
}

async function erasePersonCommand(run: CommandRun): Promise<number> {
  const found = await findSubject(run);
  if (typeof found === 'number') return found;
  const { subject, repos, who } = found;
  const { ctx, locale } = run;
  const settings = await settingsOf(run);
  const progress = formatProgress(ctx.stderr, locale);
  if (!run.flags.yes) {
    const plan = await planErasure(repos.tables, subject, progress.report);
    progress.flush();
    say(ctx.stdout, locale, 'gdpr.cli.plan', { who, policy: settings.erasurePolicy });
    for (const table of plan.located.filter((located) => located.rows.length > 0)) {
      say(ctx.stdout, locale, 'gdpr.cli.planTable', { table: table.table, rows: table.rows.length });
    }
    say(ctx.stdout, locale, 'gdpr.cli.planMessages', { count: plan.messages.length + plan.messagesWithoutConversation });
    printMentions(ctx.stdout, locale, plan.mentions);
    say(ctx.stdout, locale, 'gdpr.cli.confirmHint');
    return 0;
  }
  const eraser = await ctx.personalData?.openMessageEraser?.();
  if (!eraser) say(ctx.stderr, locale, 'gdpr.cli.noEraser');
  const report = await erasePerson(
    {
      tables: repos.tables,
      audit: repos.audit,
      policy: settings.erasurePolicy,
      pseudonymKey: settings.pseudonymKey,
      messageEraser: eraser,
    },
    subject,
    { now: ctx.now(), actor: CLI_ACTOR, onProgress: progress.report },
  );
  progress.flush();
  say(ctx.stdout, locale, 'gdpr.cli.erased', { pseudonym: report.pseudonym });
  for (const table of report.tables.filter((counts) => counts.deleted + counts.pseudonymised > 0)) {
    say(ctx.stdout, locale, 'gdpr.cli.erasedTable', { table: table.table, deleted: table.deleted, pseudonymised: table.pseudonymised });
  }
  say(ctx.stdout, locale, 'gdpr.cli.erasedMessages', report.messages);
  printMentions(ctx.stdout, locale, report.mentions);
  return report.remaining === 0 && report.messages.failed === 0 ? 0 : 1;
}

async function purgeCommand(run: CommandRun): Promise<number> {
  const { ctx, locale } = run;
  const repos = await run.repositories();
  const settings = await settingsOf(run);
  const progress = formatProgress(ctx.stderr, locale);
  const dryRun = run.flags['dry-run'] === true;
  const report = await runRetentionPurge({ repos, settings }, { now: ctx.now(), dryRun, onProgress: progress.report });
  progress.flush();
  if (dryRun) say(ctx.stdout, locale, 'gdpr.cli.purge.dryRun');
  const counts = summarisePlan(report.plan);
  for (const programme of report.plan.programmes) {
    const status = t(locale, `gdpr.cli.purge.status.${programme.status}`);
    say(ctx.stdout, locale, 'gdpr.cli.purge.programme', {
      id: programme.programmeId,
      end: programme.endLocal ?? '-',
      expires: programme.expiresAt?.slice(0, 10) ?? '-',
      status,
    });
    for (const count of counts.filter((c) => c.programmeId === programme.programmeId)) {
      say(ctx.stdout, locale, 'gdpr.cli.purge.rows', {
        table: repos.tables[count.role].name,
        delete: count.delete,
        pseudonymise: count.pseudonymise,
      });
    }
  }
  say(ctx.stdout, locale, 'gdpr.cli.purge.people', { count: report.plan.people.length });
  if (report.plan.rows.length === 0) say(ctx.stdout, locale, 'gdpr.cli.purge.nothing');
  else if (!dryRun) say(ctx.stdout, locale, 'gdpr.cli.purge.done', { deleted: report.deleted, pseudonymised: report.pseudonymised });
  return 0;
}

/** The subject named by the first operand, or an exit code after saying what is wrong. */
async function findSubject(run: CommandRun) {
  const { ctx, locale } = run;
  const [who] = run.operands;
  if (!who) {
    say(ctx.stderr, locale, 'gdpr.cli.missingPerson');
    return 2;
  }
  const query = parseSubjectQuery(who);
  if (!query) {
    say(ctx.stderr, locale, 'gdpr.cli.badPerson', { who });
    return 2;
  }
  const repos = await run.repositories();
  const subject = await resolveSubject(repos.tables, query);
  if (!subject) {
    say(ctx.stderr, locale, 'gdpr.cli.notFound', { who });
    return 1;
  }
  return { subject, repos, who };
}

/** Who an export was of, for the audit log: the person key, or a pseudonym for someone known only by e-mail. */
function auditTarget(subject: DataSubject, settings: PersonalDataSettings): string {
  return subjectKey(subject) ?? personKey(pseudonymOf(`email|${subject.emails.join(',')}`, settings.pseudonymKey));
}

async function settingsOf(run: CommandRun): Promise<PersonalDataSettings> {
  return (run.ctx.personalData ?? DEFAULTS).settings();
}

function printMentions(out: TextOut, locale: Locale, mentions: { table: string; partitionKey: string; rowKey: string; field: string }[]) {
  if (mentions.length === 0) return;
  say(out, locale, 'gdpr.cli.mentions', { count: mentions.length });
  for (const mention of mentions) say(out, locale, 'gdpr.cli.mention', mention);
}

function say(out: TextOut, locale: Locale, key: string, params?: Record<string, string | number>): void {
  out.write(`${t(locale, key, params)}\n`);
}
