import { AppError, isAppError } from '../../errors';
import { normalizeEmail, type PersonRef } from '../../domain/identity';
import type { Enrolment } from '../../domain/model';
import type { EntityTable } from '../entity-table';
import { emailPart, keyPart, personPart } from '../keys';
import type { EnrolmentRepository } from '../repositories';
import { emailIndexEntity, emailRowKey, fromEnrolmentEntity, personIndexEntity, personRowKey, toEnrolmentEntity } from './enrolment-rows';
import { retryOnConflict } from './retry';

export interface EnrolmentTables {
  enrolments: EntityTable;
  byPerson: EntityTable;
  byEmail: EntityTable;
}

/**
 * Index rows are written before the enrolment row and removed after it;
 * readers follow an index row only to an enrolment row that still matches,
 * so a crash in between leaves a harmless stale index row.
 */
export class TableEnrolmentRepository implements EnrolmentRepository {
  constructor(private readonly tables: EnrolmentTables) {}

  async put(enrolment: Enrolment): Promise<void> {
    const programmeId = keyPart(enrolment.programmeId, 'programme id');
    const { enrolments, byPerson, byEmail } = this.tables;
    if (enrolment.person) {
      const entity = toEnrolmentEntity(enrolment);
      await byPerson.upsertEntity(personIndexEntity(enrolment.person, programmeId));
      if (enrolment.email) await byEmail.upsertEntity(emailIndexEntity(enrolment.email, programmeId, entity.rowKey));
      await enrolments.upsertEntity(entity);
      return;
    }
    if (!enrolment.email) throw new AppError('VALIDATION_FAILED', 'an enrolment needs a person or an e-mail');
    if (await this.refreshMatched(enrolment)) return;
    const entity = toEnrolmentEntity(enrolment);
    await byEmail.upsertEntity(emailIndexEntity(enrolment.email, programmeId, entity.rowKey));
    await enrolments.upsertEntity(entity);
  }

  async listByProgramme(programmeId: string): Promise<Enrolment[]> {
    return (await this.tables.enrolments.listPartition(keyPart(programmeId, 'programme id'))).map(fromEnrolmentEntity);
  }

  async listByPerson(person: PersonRef): Promise<Enrolment[]> {
    const index = await this.tables.byPerson.listPartition(personPart(person));
    const rows = await Promise.all(index.map((row) => this.tables.enrolments.getEntity(row.rowKey, personRowKey(person))));
    return rows.flatMap((row) => (row ? [fromEnrolmentEntity(row)] : []));
  }

  async listByEmail(email: string): Promise<Enrolment[]> {
    const wanted = normalizeEmail(email);
    const index = await this.tables.byEmail.listPartition(emailPart(wanted));
    const rows = await Promise.all(
      index.map((row) => {
        const target = row.properties.enrolmentRow;
        return typeof target === 'string' ? this.tables.enrolments.getEntity(row.rowKey, target) : undefined;
      }),
    );
    return rows.flatMap((row) => (row ? [fromEnrolmentEntity(row)] : [])).filter((enrolment) => enrolment.email === wanted);
  }

  /**
   * Moves the roster row `email|…` to `person|…` in one transaction (roster
   * details win over a join-code enrolment of the same person). Calling it
   * again for the same person returns the matched enrolment.
   */
  async matchEmail(programmeId: string, email: string, person: PersonRef): Promise<Enrolment | undefined> {
    const partitionKey = keyPart(programmeId, 'programme id');
    const wanted = normalizeEmail(email);
    const { enrolments, byPerson, byEmail } = this.tables;
    return retryOnConflict(async () => {
      const waiting = await enrolments.getEntity(partitionKey, emailRowKey(wanted));
      const existing = await enrolments.getEntity(partitionKey, personRowKey(person));
      if (!waiting) {
        const matched = existing && fromEnrolmentEntity(existing);
        return matched?.email === wanted ? matched : undefined;
      }
      const enrolment: Enrolment = {
        ...fromEnrolmentEntity(waiting),
        email: wanted,
        person: { tenantId: person.tenantId, objectId: person.objectId },
      };
      const entity = toEnrolmentEntity(enrolment);
      await byPerson.upsertEntity(personIndexEntity(person, partitionKey));
      await byEmail.upsertEntity(emailIndexEntity(wanted, partitionKey, entity.rowKey));
      await enrolments.submitTransaction([
        existing ? { kind: 'update', entity, ifMatch: existing.etag } : { kind: 'create', entity },
        { kind: 'delete', partitionKey, rowKey: waiting.rowKey },
      ]);
      return enrolment;
    });
  }

  async remove(programmeId: string, person: PersonRef): Promise<void> {
    const partitionKey = keyPart(programmeId, 'programme id');
    const row = await this.tables.enrolments.getEntity(partitionKey, personRowKey(person));
    await this.tables.enrolments.deleteEntity(partitionKey, personRowKey(person));
    await this.tables.byPerson.deleteEntity(personPart(person), partitionKey);
    const email = row && fromEnrolmentEntity(row).email;
    if (email) {
      const index = await this.tables.byEmail.getEntity(emailPart(email), partitionKey);
      if (index?.properties.enrolmentRow === personRowKey(person)) {
        // Conditional: a roster import that re-pointed the index meanwhile keeps its row.
        await this.tables.byEmail.deleteEntity(emailPart(email), partitionKey, { ifMatch: index.etag }).catch(ignoreConflict);
      }
    }
  }

  /** A roster re-import of an e-mail already matched to a person updates that person's row. */
  private async refreshMatched(roster: Enrolment): Promise<boolean> {
    const { enrolments, byEmail } = this.tables;
    const partitionKey = roster.programmeId;
    return retryOnConflict(async () => {
      const index = await byEmail.getEntity(emailPart(roster.email!), partitionKey);
      const target = index?.properties.enrolmentRow;
      if (typeof target !== 'string' || !target.startsWith('person|')) return false;
      const row = await enrolments.getEntity(partitionKey, target);
      const matched = row && fromEnrolmentEntity(row);
      if (!row || !matched?.person || matched.email !== normalizeEmail(roster.email!)) return false;
      const { role, displayName, department } = roster;
      await enrolments.updateEntity(toEnrolmentEntity({ ...matched, role, displayName, department, source: 'roster' }), row.etag);
      return true;
    });
  }
}

function ignoreConflict(err: unknown): void {
  if (!isAppError(err, 'STORAGE_CONFLICT')) throw err;
}
