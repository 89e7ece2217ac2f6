import { normalizeEmail, type PersonRef } from '../../domain/identity';
import type { Enrolment } from '../../domain/model';
import type { Entity, StoredEntity } from '../entity-table';
import { fromColumns, toColumns } from '../json-columns';
import { emailPart, keyPart, personPart } from '../keys';

/** Enrolments table: PartitionKey = programme id; RowKey `person|{tenant}|{oid}` or, until matched, `email|{email}`. */
export function personRowKey(person: PersonRef): string {
  return `person|${personPart(person)}`;
}

export function emailRowKey(email: string): string {
  return `email|${emailPart(email)}`;
}

export function enrolmentRowKey(enrolment: Enrolment): string {
  return enrolment.person ? personRowKey(enrolment.person) : emailRowKey(enrolment.email ?? '');
}

export function toEnrolmentEntity(enrolment: Enrolment): Entity {
  const { programmeId, ...rest } = enrolment;
  const email = rest.email === undefined ? undefined : normalizeEmail(rest.email);
  return {
    partitionKey: keyPart(programmeId, 'programme id'),
    rowKey: enrolmentRowKey(enrolment),
    properties: toColumns({ ...rest, email }),
  };
}

export function fromEnrolmentEntity(row: StoredEntity): Enrolment {
  return { ...fromColumns<Omit<Enrolment, 'programmeId'>>(row.properties), programmeId: row.partitionKey };
}

/** Index rows: by person (PartitionKey `{tenant}|{oid}`) and by e-mail (PartitionKey e-mail), RowKey = programme id. */
export function personIndexEntity(person: PersonRef, programmeId: string): Entity {
  return { partitionKey: personPart(person), rowKey: programmeId, properties: {} };
}

export function emailIndexEntity(email: string, programmeId: string, enrolmentRow: string): Entity {
  return { partitionKey: emailPart(email), rowKey: programmeId, properties: { enrolmentRow } };
}
