import type { PersonRef } from '../../domain/identity';
import type { Person } from '../../domain/model';
import type { EntityTable } from '../entity-table';
import { fromColumns, toColumns } from '../json-columns';
import { personPart, singleRowKey } from '../keys';
import type { PersonRepository } from '../repositories';

/** People table: PartitionKey and RowKey `{tenant}|{oid}` (see `singleRowKey`). */
export class TablePersonRepository implements PersonRepository {
  constructor(private readonly people: EntityTable) {}

  async get(person: PersonRef): Promise<Person | undefined> {
    const row = await this.people.getEntity(personPart(person), singleRowKey(person));
    return row && fromColumns<Person>(row.properties);
  }

  async put(person: Person): Promise<void> {
    await this.people.upsertEntity({ partitionKey: personPart(person), rowKey: singleRowKey(person), properties: toColumns(person) });
  }
}
