import { randomBytes } from 'node:crypto';
import { AppError, isAppError } from '../../errors';
import type { AuditEntry, StoredAuditEntry } from '../../domain/audit';
import type { EntityTable, StoredEntity } from '../entity-table';
import { fromColumns, toColumns } from '../json-columns';
import { keyPart } from '../keys';
import type { AuditRepository } from '../repositories';

/** Entries that concern no programme (person exports, erasures) share this scope. */
export const GLOBAL_AUDIT_SCOPE = '*';
const MAX_MONTHS = 36;
const MAX_MILLIS = 9_999_999_999_999;

/**
 * Audit table, append-only: PartitionKey `{programmeId}|{yyyy-MM}` (or
 * `*|{yyyy-MM}`), so no partition grows without end and a programme's recent
 * log is a few partition scans; RowKey `{inverted millis}|{random}`, so a
 * partition lists newest first. Rows are only ever created: the port has no
 * update or delete.
 */
export class TableAuditRepository implements AuditRepository {
  constructor(private readonly audit: EntityTable) {}

  async append(entry: AuditEntry): Promise<StoredAuditEntry> {
    const at = new Date(entry.at);
    if (Number.isNaN(at.getTime())) throw new AppError('VALIDATION_FAILED', 'an audit entry needs a valid time');
    const partitionKey = auditPartition(entry.programmeId, at);
    for (let attempt = 0; ; attempt++) {
      const id = `${String(MAX_MILLIS - at.getTime()).padStart(13, '0')}|${randomBytes(6).toString('hex')}`;
      try {
        await this.audit.createEntity({ partitionKey, rowKey: id, properties: toColumns(entry) });
        return { ...entry, id };
      } catch (err) {
        if (!isAppError(err, 'STORAGE_ALREADY_EXISTS') || attempt >= 3) throw err;
      }
    }
  }

  async listByProgramme(programmeId: string, range: { from: Date; to: Date }): Promise<StoredAuditEntry[]> {
    const months = monthsBetween(range.from, range.to);
    const partitions = await Promise.all(
      months.map((month) => this.audit.listPartition(`${keyPart(programmeId, 'programme id')}|${month}`)),
    );
    const from = range.from.getTime();
    const to = range.to.getTime();
    return partitions
      .flat()
      .map(fromRow)
      .filter((entry) => {
        const t = Date.parse(entry.at);
        return t >= from && t <= to;
      })
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

function auditPartition(programmeId: string | undefined, at: Date): string {
  const scope = programmeId === undefined ? GLOBAL_AUDIT_SCOPE : keyPart(programmeId, 'programme id');
  return `${scope}|${monthOf(at)}`;
}

function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/** `yyyy-MM` of every month the range touches, newest first, at most MAX_MONTHS. */
function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  const cursor = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), 1));
  const first = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1);
  while (cursor.getTime() >= first && months.length < MAX_MONTHS) {
    months.push(monthOf(cursor));
    cursor.setUTCMonth(cursor.getUTCMonth() - 1);
  }
  return months;
}

function fromRow(row: StoredEntity): StoredAuditEntry {
  return { ...fromColumns<AuditEntry>(row.properties), id: row.rowKey };
}
