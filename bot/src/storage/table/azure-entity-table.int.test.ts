import { createServer } from 'node:net';
import { describeEntityTableContract } from '../contract/entity-table.contract';
import { expectAppError } from '../contract/expect-app-error';
import { AzureEntityTable } from './azure-entity-table';
import { freePort } from '../../testing/free-port';

const connectionString = process.env.TEST_STORAGE_CONNECTION_STRING!;
const prefix =
  't' +
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 8);
let tables = 0;

describeEntityTableContract('AzureEntityTable on Azurite', async () => {
  const table = AzureEntityTable.connect({ connectionString }, `${prefix}e${++tables}`);
  await table.ensureExists();
  return table;
});

describe('AzureEntityTable', () => {
  it('creates its table only once, ignoring "already exists"', async () => {
    const table = AzureEntityTable.connect({ connectionString }, `${prefix}twice`);
    await table.ensureExists();
    await expect(table.ensureExists()).resolves.toBeUndefined();
  });

  it('fails a ping with STORAGE_UNAVAILABLE within 3 s when nothing listens', async () => {
    const port = await freePort();
    const table = AzureEntityTable.connect({ connectionString: connectionString.replace(/:\d+\//, `:${port}/`) }, `${prefix}down`);
    const started = Date.now();
    await expectAppError(table.ping(), 'STORAGE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('fails a ping with STORAGE_UNAVAILABLE within 3 s when the service never answers', async () => {
    const server = createServer(() => undefined); // accepts connections, never replies
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const table = AzureEntityTable.connect({ connectionString: connectionString.replace(/:\d+\//, `:${port}/`) }, `${prefix}mute`);
      const started = Date.now();
      await expectAppError(table.ping(), 'STORAGE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      server.close();
    }
  });

  it('reports STORAGE_UNAVAILABLE for a row operation on a table that was never created', async () => {
    const table = AzureEntityTable.connect({ connectionString }, `${prefix}missing`);
    await expectAppError(table.upsertEntity({ partitionKey: 'p', rowKey: 'r', properties: {} }), 'STORAGE_UNAVAILABLE');
  });
});
