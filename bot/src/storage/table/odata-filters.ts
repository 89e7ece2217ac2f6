import { odata } from '@azure/data-tables';
import { AppError } from '../../errors';

/** Every value put into a filter is checked to be a string, then quoted by `odata`. */
function str(value: unknown): string {
  if (typeof value !== 'string') throw new AppError('VALIDATION_FAILED', 'filter values must be strings');
  return value;
}

/** The smallest string greater than every string that starts with `prefix`, if there is one. */
function prefixUpperBound(prefix: string): string | undefined {
  const last = prefix.charCodeAt(prefix.length - 1);
  return last === 0xffff ? undefined : prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

export function partitionFilter(partitionKey: string, rowKeyPrefix?: string): string {
  const pk = str(partitionKey);
  if (rowKeyPrefix === undefined) return odata`PartitionKey eq ${pk}`;
  const upper = prefixUpperBound(str(rowKeyPrefix));
  return upper === undefined
    ? odata`PartitionKey eq ${pk} and RowKey ge ${rowKeyPrefix}`
    : odata`PartitionKey eq ${pk} and RowKey ge ${rowKeyPrefix} and RowKey lt ${upper}`;
}

export function rowKeyFilter(rowKey: string): string {
  return odata`RowKey eq ${str(rowKey)}`;
}

/** Rows of the partitions whose key starts with `prefix`: a range on PartitionKey. */
export function partitionPrefixFilter(prefix: string): string {
  const upper = prefixUpperBound(str(prefix));
  return upper === undefined ? odata`PartitionKey ge ${prefix}` : odata`PartitionKey ge ${prefix} and PartitionKey lt ${upper}`;
}
