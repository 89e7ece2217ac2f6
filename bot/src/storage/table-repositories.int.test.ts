import { createTableRepositories } from './index';
import { describeRepositoryContract } from './repositories.contract';

const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING!;
/** Table names are letters and digits: a random prefix per file, a counter per test. */
const filePrefix =
  't' +
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6);
let run = 0;

describeRepositoryContract('Azure Table Storage (Azurite)', () =>
  createTableRepositories({ connectionString, tablePrefix: `${filePrefix}r${++run}` }),
);

describe('createTableRepositories', () => {
  it('refuses a table prefix that would make an invalid table name', async () => {
    await expect(createTableRepositories({ connectionString, tablePrefix: 'bad-prefix' })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    });
  });

  it('opens existing tables again (the second start of the app)', async () => {
    const tablePrefix = `${filePrefix}again`;
    const first = await createTableRepositories({ connectionString, tablePrefix });
    await first.people.put({
      tenantId: 'aaaaaaaa-0000-0000-0000-000000000001',
      objectId: 'aaaaaaaa-0000-0000-0000-000000000002',
      displayName: 'A',
      locale: 'sv',
    });
    const second = await createTableRepositories({ connectionString, tablePrefix });
    expect(
      (await second.people.get({ tenantId: 'aaaaaaaa-0000-0000-0000-000000000001', objectId: 'aaaaaaaa-0000-0000-0000-000000000002' }))
        ?.displayName,
    ).toBe('A');
  });
});
