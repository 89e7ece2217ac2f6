import { TableClient, TableServiceClient } from '@azure/data-tables';

/**
 * Row counts of every table whose name starts with `prefix` (Azurite), read
 * straight from the Table service rather than through the app's repositories,
 * so a write anywhere shows up.
 */
export async function countRows(connectionString: string, prefix: string): Promise<Record<string, number>> {
  const options = { allowInsecureConnection: true };
  const service = TableServiceClient.fromConnectionString(connectionString, options);
  const counts: Record<string, number> = {};
  for await (const table of service.listTables()) {
    const name = table.name ?? '';
    if (!name.startsWith(prefix)) continue;
    let rows = 0;
    for await (const _entity of TableClient.fromConnectionString(connectionString, name, options).listEntities()) rows++;
    counts[name.slice(prefix.length)] = rows;
  }
  return counts;
}

export function totalRows(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
