import type { Repositories } from '../storage/repositories';
import type { TableRole } from '../storage/table-names';
import type { PersonalDataSettings } from './policy';
import { noProgress, type ProgressListener } from './progress';
import { pseudonymiseKeys, pseudonymOf } from './pseudonym';
import { loadRetentionInput } from './retention-load';
import { planRetentionPurge, type RetentionPlan } from './retention-plan';
import { deleteRows, pseudonymiseAnswer, rewriteRow } from './row-actions';

export interface RetentionDeps {
  repos: Pick<Repositories, 'programmes' | 'tables'>;
  settings: PersonalDataSettings;
}

export interface RetentionOptions {
  now: Date;
  /** Plan only: list what would be deleted or pseudonymised. */
  dryRun?: boolean;
  onProgress?: ProgressListener;
  /** Stops between rows (the scheduler's lease was lost); a later run finishes the work. */
  signal?: AbortSignal;
}

export interface RetentionReport {
  plan: RetentionPlan;
  dryRun: boolean;
  deleted: number;
  pseudonymised: number;
  /** True when the signal stopped it before the end. */
  aborted: boolean;
}

/**
 * The retention purge: loads, plans (retention-plan.ts, pure) and, unless
 * it is a dry run, applies the plan table by table in erasure order. Each
 * step is safe to repeat, so an interrupted purge is finished by the next run.
 */
export async function runRetentionPurge(deps: RetentionDeps, options: RetentionOptions): Promise<RetentionReport> {
  const { settings } = deps;
  const onProgress = options.onProgress ?? noProgress;
  const input = await loadRetentionInput(deps.repos, { defaultDays: settings.retentionDefaultDays, now: options.now, onProgress });
  const plan = planRetentionPurge(input, { policy: settings.erasurePolicy, defaultDays: settings.retentionDefaultDays }, options.now);
  const report: RetentionReport = { plan, dryRun: options.dryRun === true, deleted: 0, pseudonymised: 0, aborted: false };
  if (options.dryRun) return report;

  const roles = [...new Set(plan.rows.map((p) => p.role))];
  for (const [i, role] of roles.entries()) {
    const table = deps.repos.tables[role as TableRole];
    let done = 0;
    const tick = () => onProgress({ step: 'purge', index: i + 1, total: roles.length, table: table.name, rows: ++done });
    const planned = plan.rows.filter((p) => p.role === role);
    const deletions = planned.filter((p) => p.action === 'delete').map((p) => p.row);
    for (const chunk of chunks(deletions, 100)) {
      if (options.signal?.aborted) return { ...report, aborted: true };
      report.deleted += await deleteRows(table, chunk, tick);
    }
    for (const { row, keys } of planned.filter((p) => p.action === 'pseudonymise')) {
      if (options.signal?.aborted) return { ...report, aborted: true };
      const only = keys && new Set(keys);
      if (role === 'answers') await pseudonymiseAnswer(table, row, pseudonymOf(row.rowKey, settings.pseudonymKey));
      else
        await rewriteRow(table, row, (properties) => mapStrings(properties, (text) => pseudonymiseKeys(text, settings.pseudonymKey, only)));
      report.pseudonymised++;
      tick();
    }
  }
  return report;
}

function mapStrings<T extends Record<string, unknown>>(properties: T, map: (text: string) => string): T {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, typeof v === 'string' ? map(v) : v])) as T;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
