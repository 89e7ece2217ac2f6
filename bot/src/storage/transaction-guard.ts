import { AppError } from '../errors';
import type { EntityValue, TransactionAction } from './entity-table';
import { assertValidEntity, assertValidKey, estimateEntityBytes, LIMITS } from './limits';

/** A transaction action after the guards: keys checked, `undefined` properties dropped. */
export type CheckedAction =
  | { kind: 'create' | 'upsert'; partitionKey: string; rowKey: string; properties: Record<string, EntityValue> }
  | { kind: 'update'; partitionKey: string; rowKey: string; properties: Record<string, EntityValue>; ifMatch: string }
  | { kind: 'delete'; partitionKey: string; rowKey: string };

/** An update needs the ETag it was read with. */
export function assertIfMatch(ifMatch: unknown): asserts ifMatch is string {
  if (typeof ifMatch !== 'string' || ifMatch === '') throw new AppError('VALIDATION_FAILED', 'update needs an ETag');
}

function check(action: TransactionAction): CheckedAction {
  if (action.kind === 'delete') {
    assertValidKey(action.partitionKey, 'PartitionKey');
    assertValidKey(action.rowKey, 'RowKey');
    return { kind: 'delete', partitionKey: action.partitionKey, rowKey: action.rowKey };
  }
  const properties = assertValidEntity(action.entity);
  const { partitionKey, rowKey } = action.entity;
  if (action.kind === 'update') {
    assertIfMatch(action.ifMatch);
    return { kind: 'update', partitionKey, rowKey, properties, ifMatch: action.ifMatch };
  }
  return { kind: action.kind, partitionKey, rowKey, properties };
}

/**
 * Azure's batch rules, checked before any call: 1 to 100 operations, one
 * PartitionKey, each row at most once, at most 4 MiB of entities.
 */
export function assertValidTransaction(actions: TransactionAction[]): CheckedAction[] {
  if (actions.length > LIMITS.maxTransactionActions) {
    throw new AppError(
      'STORAGE_ENTITY_TOO_LARGE',
      `${actions.length} operations; a transaction holds at most ${LIMITS.maxTransactionActions}`,
    );
  }
  const checked = actions.map(check);
  const rows = new Set<string>();
  let bytes = 0;
  for (const action of checked) {
    if (action.partitionKey !== checked[0].partitionKey)
      throw new AppError('STORAGE_INVALID_KEY', 'a transaction spans one PartitionKey only');
    if (rows.has(action.rowKey)) throw new AppError('VALIDATION_FAILED', 'a transaction may touch each row only once');
    rows.add(action.rowKey);
    bytes += action.kind === 'delete' ? 0 : estimateEntityBytes(action);
  }
  if (bytes > LIMITS.maxTransactionBytes)
    throw new AppError('STORAGE_ENTITY_TOO_LARGE', `transaction is about ${bytes} bytes; at most 4 MiB`);
  return checked;
}
