import { personKey, type PersonRef } from '../domain/identity';
import type { AuditRepository, RepositoryTables } from '../storage/repositories';
import type { TableRole } from '../storage/table-names';
import { subjectKey, type DataSubject } from './data-subject';
import { locatePersonRows, type LocatedTable } from './locate-rows';
import { findMentions, namesIn, type Mention } from './mentions';
import { postedMessagesOf, type MessageEraser, type PostedMessage } from './message-eraser';
import type { ErasurePolicy } from './policy';
import { noProgress, type ProgressListener } from './progress';
import { pseudonymOf } from './pseudonym';
import { deleteRows, pseudonymiseAnswer, rewriteRow } from './row-actions';
import { subjectReplacer } from './subject-replacer';
import { ERASURE_ORDER, PERSONAL_DATA_TABLES } from './table-registry';

export interface ErasureDeps {
  tables: RepositoryTables;
  audit: AuditRepository;
  policy: ErasurePolicy;
  pseudonymKey: string | Buffer;
  /** Deletes posted messages at the Bot Connector; without one they stay (and are counted as skipped). */
  messageEraser?: MessageEraser;
}

export interface EraseOptions {
  now: Date;
  /** Who asked: a coordinator's person key, or `cli`. Recorded in the audit log. */
  actor: string;
  /** The programme the request came from: its audit log records the erasure too. */
  programmeId?: string;
  onProgress?: ProgressListener;
}

/** What erasure would touch (the CLI shows it before `--yes`). */
export interface ErasurePlan {
  located: LocatedTable[];
  messages: PostedMessage[];
  messagesWithoutConversation: number;
  mentions: Mention[];
}

export interface ErasureReport {
  /** The pseudonym's key (`00000000-…|hex`): all the audit log keeps of the person. */
  pseudonym: string;
  policy: ErasurePolicy;
  tables: { role: TableRole; table: string; deleted: number; pseudonymised: number }[];
  messages: { deleted: number; failed: number; skipped: number };
  /** Programme content that still names the person (for a coordinator to change). */
  mentions: Mention[];
  /** Rows still found after the last pass (written while erasing); 0 unless something keeps writing. */
  remaining: number;
  /** The audit scopes the erasure was recorded in (programme ids; `*` when none). */
  auditedIn: string[];
}

const PASSES = 3;

export async function planErasure(
  tables: RepositoryTables,
  subject: DataSubject,
  onProgress: ProgressListener = noProgress,
): Promise<ErasurePlan> {
  const located = await locatePersonRows(tables, subject, onProgress);
  const { messages, withoutConversation } = postedMessagesOf(located);
  return {
    located,
    messages,
    messagesWithoutConversation: withoutConversation,
    mentions: await findMentions(tables.programmes, namesIn(located)),
  };
}

/**
 * Art. 17: every row of the subject in every table goes (answers stay under
 * a pseudonym if the policy says so), the messages the bot posted to them
 * are deleted at the Bot Connector first (their delivery records hold the
 * activity ids), and audit rows naming them are rewritten to the pseudonym.
 * Then a pass looks again and takes what was written meanwhile. Last, the
 * erasure itself is audited, under the pseudonym only.
 */
export async function erasePerson(deps: ErasureDeps, subject: DataSubject, options: EraseOptions): Promise<ErasureReport> {
  const onProgress = options.onProgress ?? noProgress;
  const pseudonym = pseudonymOf(subjectKey(subject) ?? `email|${subject.emails.join(',')}`, deps.pseudonymKey);
  const report: ErasureReport = {
    pseudonym: personKey(pseudonym),
    policy: deps.policy,
    tables: ERASURE_ORDER.map((role) => ({ role, table: deps.tables[role].name, deleted: 0, pseudonymised: 0 })),
    messages: { deleted: 0, failed: 0, skipped: 0 },
    mentions: [],
    remaining: 0,
    auditedIn: [],
  };
  const programmes = new Set<string>(options.programmeId ? [options.programmeId] : []);
  for (let pass = 1; pass <= PASSES; pass++) {
    const plan = await planErasure(deps.tables, subject, onProgress);
    if (pass === 1) report.mentions = plan.mentions;
    const found = plan.located.reduce((n, t) => n + t.rows.length, 0);
    report.remaining = found;
    if (found === 0 || pass === PASSES) break;
    for (const row of plan.located.find((t) => t.role === 'enrolments')?.rows ?? []) programmes.add(row.partitionKey);
    await eraseMessages(deps.messageEraser, plan, report, onProgress);
    await eraseRows(deps, plan.located, subject, pseudonym, report, onProgress);
  }
  const actor = options.actor.toLowerCase() === subjectKey(subject) ? report.pseudonym : options.actor;
  const scopes = programmes.size > 0 ? [...programmes].sort() : [undefined];
  for (const programmeId of scopes) {
    await deps.audit.append({ at: options.now.toISOString(), actor, action: 'person.erase', programmeId, target: report.pseudonym });
  }
  report.auditedIn = scopes.map((scope) => scope ?? '*');
  return report;
}

async function eraseMessages(eraser: MessageEraser | undefined, plan: ErasurePlan, report: ErasureReport, onProgress: ProgressListener) {
  report.messages.skipped += plan.messagesWithoutConversation;
  if (!eraser) {
    report.messages.skipped += plan.messages.length;
    return;
  }
  for (const [i, message] of plan.messages.entries()) {
    const outcome = await eraser.erase(message);
    if (outcome.status === 'deleted') report.messages.deleted++;
    else report.messages.failed++;
    onProgress({ step: 'messages', index: i + 1, total: plan.messages.length, rows: i + 1 });
  }
}

async function eraseRows(
  deps: ErasureDeps,
  located: readonly LocatedTable[],
  subject: DataSubject,
  pseudonym: PersonRef,
  report: ErasureReport,
  onProgress: ProgressListener,
) {
  const replace = subjectReplacer(subject, pseudonym);
  for (const [i, role] of ERASURE_ORDER.entries()) {
    const rows = located.find((t) => t.role === role)?.rows ?? [];
    if (rows.length === 0) continue;
    const table = deps.tables[role];
    const counts = report.tables.find((t) => t.role === role)!;
    let done = 0;
    const tick = () => onProgress({ step: 'erase', index: i + 1, total: ERASURE_ORDER.length, table: table.name, rows: ++done });
    const treatment = PERSONAL_DATA_TABLES[role].erasure;
    if (treatment === 'delete' || (treatment === 'answer' && deps.policy === 'delete')) {
      counts.deleted += await deleteRows(table, rows, tick);
    } else if (treatment === 'answer') {
      for (const row of rows) {
        await pseudonymiseAnswer(table, row, pseudonym);
        counts.pseudonymised++;
        tick();
      }
    } else {
      for (const row of rows) {
        await rewriteRow(table, row, replace);
        counts.pseudonymised++;
        tick();
      }
    }
  }
}
