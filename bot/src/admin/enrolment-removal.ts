import type { Enrolment } from '../domain/model';
import { emailRowKey } from '../storage/repositories/enrolment-rows';
import { emailPart, keyPart } from '../storage/keys';
import type { Repositories } from '../storage/repositories';

/**
 * Removes one enrolment. A matched person goes through the repository; a
 * roster row still waiting for its person (no object id yet) has no
 * repository call (EnrolmentRepository.remove takes a person), so its row
 * and e-mail index row are deleted on the tables, index last as the
 * repository does. Answers and deliveries stay: erasing a person is the
 * GDPR route.
 */
export async function removeEnrolment(repos: Pick<Repositories, 'enrolments' | 'tables'>, enrolment: Enrolment): Promise<void> {
  if (enrolment.person) return repos.enrolments.remove(enrolment.programmeId, enrolment.person);
  if (!enrolment.email) return;
  const partitionKey = keyPart(enrolment.programmeId, 'programme id');
  const rowKey = emailRowKey(enrolment.email);
  await repos.tables.enrolments.deleteEntity(partitionKey, rowKey);
  const index = await repos.tables.enrolmentsByEmail.getEntity(emailPart(enrolment.email), partitionKey);
  if (index?.properties.enrolmentRow === rowKey)
    await repos.tables.enrolmentsByEmail.deleteEntity(emailPart(enrolment.email), partitionKey);
}
