import type { EntityTable } from '../entity-table';
import type { StorageHealth } from '../repositories';

/** Storage answers if a point read of a missing row in a real table comes back (404 counts as an answer). */
export class TableStorageHealth implements StorageHealth {
  constructor(private readonly table: EntityTable) {}

  ping(): Promise<void> {
    return this.table.ping();
  }
}
