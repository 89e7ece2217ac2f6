import { createRepositoriesOver, type RepositoryTables } from './create-repositories';
import type { EntityTable } from './entity-table';
import { MemoryEntityTable } from './memory/memory-entity-table';
import type { Repositories } from './repositories';
import type { TableConnection } from './table/azure-client';
import { AzureEntityTable, type AzureEntityTableOptions } from './table/azure-entity-table';
import { tableName, TABLES, type TableRole } from './table-names';

export type { Repositories } from './repositories';
export type { EntityTable } from './entity-table';
export { createRepositoriesOver, type RepositoryTables } from './create-repositories';
export { MemoryEntityTable } from './memory/memory-entity-table';
export type { TableConnection, TokenCredentialLike } from './table/azure-client';

export type TableRepositoriesOptions = TableConnection &
  AzureEntityTableOptions & {
    /** Prepended to every table name (letters and digits); default none. */
    tablePrefix?: string;
  };

function makeTables(make: (role: TableRole) => EntityTable): RepositoryTables {
  const roles = Object.keys(TABLES) as TableRole[];
  return Object.fromEntries(roles.map((role) => [role, make(role)])) as RepositoryTables;
}

/**
 * Repositories over Azure Table Storage (or Azurite). Creates the tables
 * (an existing table is fine), so the first request finds them.
 */
export async function createTableRepositories(options: TableRepositoriesOptions): Promise<Repositories> {
  const prefix = options.tablePrefix ?? '';
  const tables = makeTables((role) => AzureEntityTable.connect(options, tableName(prefix, role), options));
  await Promise.all(Object.values(tables).map((table) => table.ensureExists()));
  return createRepositoriesOver(tables);
}

/** The same repositories over in-memory tables: for tests and local runs without storage. */
export function createInMemoryRepositories(): Repositories {
  return createRepositoriesOver(makeTables((role) => new MemoryEntityTable(TABLES[role])));
}
