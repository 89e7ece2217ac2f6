import { createInMemoryRepositories, createTableRepositories } from '../../bot/src/storage';
import type { Repositories } from '../../bot/src/storage/repositories';

/** Table names are letters and digits: a random prefix per test file, a counter per test. */
const filePrefix =
  'g' +
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6);
let run = 0;

/** The storages every personal-data test runs against: in memory, and Azure Table Storage in Azurite. */
export const STORAGES: [string, () => Promise<Repositories>][] = [
  ['in memory', async () => createInMemoryRepositories()],
  [
    'Azurite',
    () => createTableRepositories({ connectionString: process.env.TEST_STORAGE_CONNECTION_STRING!, tablePrefix: `${filePrefix}${++run}` }),
  ],
];
