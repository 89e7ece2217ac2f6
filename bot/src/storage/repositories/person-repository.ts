import type { PersonRef } from '../../domain/identity';
import type { Person } from '../../domain/model';
import type { EntityTable } from '../entity-table';
import { fromColumns, toColumns } from '../json-columns';
import { personPart, PROFILE_ROW } from '../keys';
import type { PersonRepository } from '../repositories';

/** People table: PartitionKey `{tenant}|{oid}`, RowKey `profile`. */
export class TablePersonRepository implements PersonRepository {
  constructor(private readonly people: EntityTable) {}

  async get(person: PersonRef): Promise<Person | undefined> {
    const row = await this.people.getEntity(personPart(person), PROFILE_ROW);
    return row && fromColumns<Person>(row.properties);
  }

  async put(person: Person): Promise<void> {
    await this.people.upsertEntity({ partitionKey: personPart(person), rowKey: PROFILE_ROW, properties: toColumns(person) });
  }
}
