import { createInMemoryRepositories } from './index';
import { describeRepositoryContract } from './repositories.contract';

describeRepositoryContract('in memory', async () => createInMemoryRepositories());
