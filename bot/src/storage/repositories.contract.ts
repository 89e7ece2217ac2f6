import { describeAnswerContract } from './contract/answer.contract';
import { describeAuditContract } from './contract/audit.contract';
import { describeConversationContract } from './contract/conversation.contract';
import { describeDeliveryContract } from './contract/delivery.contract';
import { describeEnrolmentContract } from './contract/enrolment.contract';
import { describeLeaseContract } from './contract/lease.contract';
import { describeLiveContract } from './contract/live.contract';
import { describePersonAndHealthContract } from './contract/person-health.contract';
import { describeProgrammeContract } from './contract/programme.contract';
import type { Repositories } from './repositories';

/**
 * One contract for every `Repositories` implementation, so the in-memory twin
 * cannot drift from the Table one. `makeRepos` gives fresh, empty repositories.
 */
export function describeRepositoryContract(name: string, makeRepos: () => Promise<Repositories>): void {
  describe(`Repository contract: ${name}`, () => {
    let repos: Repositories;
    beforeEach(async () => {
      repos = await makeRepos();
    });
    const getRepos = () => repos;

    describeProgrammeContract(getRepos);
    describeEnrolmentContract(getRepos);
    describePersonAndHealthContract(getRepos);
    describeConversationContract(getRepos);
    describeAnswerContract(getRepos);
    describeAuditContract(getRepos);
    describeDeliveryContract(getRepos);
    describeLeaseContract(getRepos);
    describeLiveContract(getRepos);
  });
}
