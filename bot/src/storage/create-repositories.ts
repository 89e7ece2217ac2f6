import type { Repositories, RepositoryTables } from './repositories';
import { TableAnswerRepository } from './repositories/answer-repository';
import { TableAuditRepository } from './repositories/audit-repository';
import { TableConversationRepository } from './repositories/conversation-repository';
import { TableDeliveryRepository } from './repositories/delivery-repository';
import { TableEnrolmentRepository } from './repositories/enrolment-repository';
import { TableLeaseRepository } from './repositories/lease-repository';
import { TableLiveRepository } from './repositories/live-repository';
import { TableMeetingRepository } from './repositories/meeting-repository';
import { TablePersonRepository } from './repositories/person-repository';
import { TableProgrammeRepository } from './repositories/programme-repository';
import { TableStorageHealth } from './repositories/storage-health';

export type { RepositoryTables } from './repositories';

/** The repositories, written once over the `EntityTable` port (Azure or in-memory). */
export function createRepositoriesOver(tables: RepositoryTables): Repositories {
  return {
    programmes: new TableProgrammeRepository(tables.programmes, tables.joinCodes),
    enrolments: new TableEnrolmentRepository({
      enrolments: tables.enrolments,
      byPerson: tables.enrolmentsByPerson,
      byEmail: tables.enrolmentsByEmail,
    }),
    people: new TablePersonRepository(tables.people),
    conversations: new TableConversationRepository(tables.conversations),
    answers: new TableAnswerRepository(tables.answers),
    deliveries: new TableDeliveryRepository(tables.deliveries),
    leases: new TableLeaseRepository(tables.leases),
    audit: new TableAuditRepository(tables.audit),
    meetings: new TableMeetingRepository(tables.meetings),
    live: new TableLiveRepository(tables.live),
    health: new TableStorageHealth(tables.programmes),
    tables,
  };
}
