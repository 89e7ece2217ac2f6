import { AppError } from '../../errors';
import type { DeliveryKey, DeliveryRecord, DeliverySubject } from '../../domain/delivery';
import type { Entity, StoredEntity } from '../entity-table';
import { fromColumns, toColumns } from '../json-columns';
import { keyPart, personPart } from '../keys';

/**
 * Deliveries table (see docs/storage-keys.md):
 * PartitionKey `{programmeId}|prompt|{promptId}` or `{programmeId}|session|{nnn}`,
 * so a prompt's (or session's) deliveries are one partition scan;
 * RowKey `send|{tenant}|{oid}` (the prompt), `remind|{slot}|{tenant}|{oid}`
 * (a prompt reminder at the local time `slot`) or `remind|{tenant}|{oid}`
 * (the session reminder) or `catchup|{tenant}|{oid}` (after a missed session's meeting).
 */
export function subjectPartition(programmeId: string, subject: DeliverySubject): string {
  const programme = keyPart(programmeId, 'programme id');
  if (subject.type === 'prompt') return `${programme}|prompt|${keyPart(subject.promptId, 'prompt id')}`;
  if (!Number.isInteger(subject.sessionNumber) || subject.sessionNumber < 0 || subject.sessionNumber > 999) {
    throw new AppError('VALIDATION_FAILED', 'a session number is an integer from 0 to 999');
  }
  return `${programme}|session|${String(subject.sessionNumber).padStart(3, '0')}`;
}

export function deliveryRowKey(key: Pick<DeliveryKey, 'kind' | 'subject' | 'slot' | 'person'>): string {
  const person = personPart(key.person);
  switch (key.kind) {
    case 'prompt':
      requireSubject(key, 'prompt');
      return `send|${person}`;
    case 'promptReminder':
      requireSubject(key, 'prompt');
      return `remind|${keyPart(key.slot, 'reminder time')}|${person}`;
    case 'sessionReminder':
      requireSubject(key, 'session');
      return `remind|${person}`;
    case 'sessionCatchUp':
      requireSubject(key, 'session');
      return `catchup|${person}`;
  }
}

function requireSubject(key: Pick<DeliveryKey, 'kind' | 'subject'>, type: DeliverySubject['type']): void {
  if (key.subject.type !== type) throw new AppError('VALIDATION_FAILED', `a ${key.kind} delivery is about a ${type}`);
}

export function toDeliveryEntity(record: DeliveryRecord): Entity {
  const { version: _ignored, ...fields } = record;
  return {
    partitionKey: subjectPartition(record.programmeId, record.subject),
    rowKey: deliveryRowKey(record),
    properties: toColumns(fields),
  };
}

export function fromDeliveryEntity(row: StoredEntity): DeliveryRecord {
  return { ...fromColumns<DeliveryRecord>(row.properties), version: row.etag };
}
