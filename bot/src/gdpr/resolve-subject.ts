import { isPersonRef, normalizeEmail, personKey, samePerson, type PersonRef } from '../domain/identity';
import { AppError } from '../errors';
import { emailPart } from '../storage/keys';
import type { RepositoryTables } from '../storage/repositories';
import { fromEnrolmentEntity as enrolmentOf } from '../storage/repositories/enrolment-rows';
import { subjectOf, type DataSubject } from './data-subject';

/** Who to look for, as the CLI or an API route names them. */
export type SubjectQuery = { person: PersonRef } | { email: string } | { objectId: string };

const GUIDISH = /^[0-9a-fA-F-]{8,64}$/;

/** `EMAIL`, `TENANT|OID` (or `TENANT:OID`), or a bare `OID` from the command line. */
export function parseSubjectQuery(text: string): SubjectQuery | undefined {
  const value = text.trim();
  if (value.includes('@')) return { email: normalizeEmail(value) };
  const [first, second, ...rest] = value.split(/[|:]/);
  if (second !== undefined) {
    const person = { tenantId: first, objectId: second };
    return rest.length === 0 && isPersonRef(person) ? { person } : undefined;
  }
  return GUIDISH.test(value) ? { objectId: value.toLowerCase() } : undefined;
}

/**
 * The subject with every e-mail their roster rows carry: for a person, the
 * e-mails on their matched enrolments; for an e-mail, the person it was
 * matched to (if any) and then that person's other e-mails; for a bare
 * object id, the one tenant it is known in. Undefined when the app holds
 * nothing that names them. An e-mail matched to two different people, or an
 * object id known in two tenants, is refused (VALIDATION_FAILED): say which.
 */
export async function resolveSubject(tables: RepositoryTables, query: SubjectQuery): Promise<DataSubject | undefined> {
  if ('person' in query) return withEmailsOf(tables, query.person, []);
  if ('email' in query) return resolveEmail(tables, normalizeEmail(query.email));
  return resolveObjectId(tables, query.objectId.toLowerCase());
}

async function withEmailsOf(tables: RepositoryTables, person: PersonRef, known: string[]): Promise<DataSubject> {
  const rows = await tables.enrolments.listByRowKey(`person|${personKey(person)}`);
  const emails = rows.map(enrolmentOf).flatMap((e) => (e.email ? [e.email] : []));
  return subjectOf(person, [...known, ...emails]);
}

async function resolveEmail(tables: RepositoryTables, email: string): Promise<DataSubject | undefined> {
  const index = await tables.enrolmentsByEmail.listPartition(emailPart(email));
  const targets = await Promise.all(
    index.map((row) => {
      const target = row.properties.enrolmentRow;
      return typeof target === 'string' ? tables.enrolments.getEntity(row.rowKey, target) : undefined;
    }),
  );
  const waiting = await tables.enrolments.listByRowKey(`email|${email}`);
  const enrolments = [...targets.flatMap((row) => (row ? [row] : [])), ...waiting].map(enrolmentOf).filter((e) => e.email === email);
  const people = enrolments.flatMap((e) => (e.person ? [e.person] : []));
  const person = people[0];
  if (people.some((p) => !samePerson(p, person))) {
    throw new AppError('VALIDATION_FAILED', 'the e-mail is matched to more than one person; name the person by TENANT|OID');
  }
  if (person) return withEmailsOf(tables, person, [email]);
  return index.length > 0 || enrolments.length > 0 ? subjectOf(undefined, [email]) : undefined;
}

async function resolveObjectId(tables: RepositoryTables, objectId: string): Promise<DataSubject | undefined> {
  const tenants = new Set<string>();
  for (const table of [tables.people, tables.conversations, tables.enrolmentsByPerson]) {
    for await (const page of table.scan()) {
      for (const row of page) {
        const [tenant, oid] = row.partitionKey.split('|');
        if (oid === objectId) tenants.add(tenant);
      }
    }
  }
  if (tenants.size > 1)
    throw new AppError('VALIDATION_FAILED', 'the object id is known in more than one tenant; name the person by TENANT|OID');
  const [tenantId] = tenants;
  return tenantId ? withEmailsOf(tables, { tenantId, objectId }, []) : undefined;
}
