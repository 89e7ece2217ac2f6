import { TableClient } from '@azure/data-tables';

describe('Azurite started by globalSetup', () => {
  it('accepts a table create and an entity round trip', async () => {
    const client = TableClient.fromConnectionString(process.env.TEST_STORAGE_CONNECTION_STRING!, 'smoke', {
      allowInsecureConnection: true,
    });
    await client.createTable();
    await client.upsertEntity({ partitionKey: 'p', rowKey: 'r', value: 42 });
    const got = await client.getEntity<{ value: number }>('p', 'r');
    expect(got.value).toBe(42);
  });
});
