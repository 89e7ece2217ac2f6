import type { Entity } from '../entity-table';

/** A row of partition `p` unless told otherwise. */
export const row = (rowKey: string, properties: Entity['properties'] = {}, partitionKey = 'p'): Entity => ({
  partitionKey,
  rowKey,
  properties,
});
