import { describeEntityTableContract } from '../contract/entity-table.contract';
import { MemoryEntityTable } from './memory-entity-table';

describeEntityTableContract('MemoryEntityTable', async () => new MemoryEntityTable());

describe('MemoryEntityTable', () => {
  it('hands out copies, so changing a read row does not change the table', async () => {
    const table = new MemoryEntityTable();
    await table.createEntity({ partitionKey: 'p', rowKey: 'r', properties: { v: 1 } });
    const read = await table.getEntity('p', 'r');
    read!.properties.v = 2;
    expect((await table.getEntity('p', 'r'))?.properties.v).toBe(1);
  });
});
