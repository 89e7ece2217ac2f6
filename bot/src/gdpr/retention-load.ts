import type { StoredEntity } from '../storage/entity-table';
import type { Repositories } from '../storage/repositories';
import { GLOBAL_AUDIT_SCOPE } from '../storage/repositories/audit-repository';
import type { TableRole } from '../storage/table-names';
import { programmeExpiry } from './programme-expiry';
import type { RetentionInput } from './retention-plan';
import { noProgress, type ProgressListener } from './progress';

/**
 * Reads what `planRetentionPurge` decides on: every programme (a handful),
 * the rows of the expired ones (their enrolment partition and the
 * partitions that start with `{programmeId}|` in answers, deliveries,
 * audit and live), the audit rows about no programme, and the person-level tables in
 * full (one or two rows per person).
 */
export async function loadRetentionInput(
  repos: Pick<Repositories, 'programmes' | 'tables'>,
  options: { defaultDays: number; now: Date; onProgress?: ProgressListener },
): Promise<RetentionInput> {
  const onProgress = options.onProgress ?? noProgress;
  const { tables } = repos;
  const listed = await repos.programmes.list();
  const loaded = (await Promise.all(listed.map((p) => repos.programmes.load(p.id)))).flatMap((p) => (p ? [p] : []));
  const expired = loaded.filter((p) => programmeExpiry(p, options.defaultDays, options.now).status === 'expired');
  const programmeRows = new Map<string, Partial<Record<TableRole, StoredEntity[]>>>();
  for (const [i, { programme }] of expired.entries()) {
    const id = programme.id;
    const [enrolments, answers, deliveries, audit, live] = await Promise.all([
      tables.enrolments.listPartition(id),
      scanAll(tables.answers.scan({ partitionKeyPrefix: `${id}|` })),
      scanAll(tables.deliveries.scan({ partitionKeyPrefix: `${id}|` })),
      scanAll(tables.audit.scan({ partitionKeyPrefix: `${id}|` })),
      scanAll(tables.live.scan({ partitionKeyPrefix: `${id}|` })),
    ]);
    programmeRows.set(id, { enrolments, answers, deliveries, audit, live });
    const rows = enrolments.length + answers.length + deliveries.length + audit.length + live.length;
    onProgress({ step: 'load', index: i + 1, total: expired.length, table: id, rows });
  }
  const [people, conversations, enrolmentsByPerson, enrolmentsByEmail] = await Promise.all(
    (['people', 'conversations', 'enrolmentsByPerson', 'enrolmentsByEmail'] as const).map((role) => scanAll(tables[role].scan())),
  );
  const globalAudit = await scanAll(tables.audit.scan({ partitionKeyPrefix: `${GLOBAL_AUDIT_SCOPE}|` }));
  return { programmes: loaded, programmeRows, globalAudit, people, conversations, enrolmentsByPerson, enrolmentsByEmail };
}

async function scanAll(pages: AsyncIterable<StoredEntity[]>): Promise<StoredEntity[]> {
  const rows: StoredEntity[] = [];
  for await (const page of pages) rows.push(...page);
  return rows;
}
