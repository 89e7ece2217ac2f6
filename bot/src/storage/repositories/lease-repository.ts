import { AppError } from '../../errors';
import type { Lease } from '../../domain/lease';
import type { Entity, EntityTable, StoredEntity } from '../entity-table';
import { fromColumns, toColumns } from '../json-columns';
import { keyPart } from '../keys';
import type { LeaseRepository } from '../repositories';

const LEASE_ROW = 'lease';

/** Leases table: PartitionKey = lease name (e.g. `scheduler`), RowKey `lease`. One small row per lease. */
export class TableLeaseRepository implements LeaseRepository {
  constructor(private readonly leases: EntityTable) {}

  async get(name: string): Promise<Lease | undefined> {
    const row = await this.leases.getEntity(keyPart(name, 'lease name'), LEASE_ROW);
    return row && fromRow(row);
  }

  async create(lease: Lease): Promise<Lease> {
    const { version: _ignored, ...fields } = lease;
    return { ...fields, version: await this.leases.createEntity(toEntity(lease)) };
  }

  async update(lease: Lease): Promise<Lease> {
    if (!lease.version) throw new AppError('VALIDATION_FAILED', 'a lease update needs the version that was read');
    const { version: _ignored, ...fields } = lease;
    return { ...fields, version: await this.leases.updateEntity(toEntity(lease), lease.version) };
  }
}

function toEntity(lease: Lease): Entity {
  const { version: _ignored, ...fields } = lease;
  return { partitionKey: keyPart(lease.name, 'lease name'), rowKey: LEASE_ROW, properties: toColumns(fields) };
}

function fromRow(row: StoredEntity): Lease {
  return { ...fromColumns<Lease>(row.properties), version: row.etag };
}
