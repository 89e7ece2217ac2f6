import { AppError } from '../../errors';

interface AzureLikeError {
  name?: string;
  statusCode?: number;
  code?: string;
  details?: { odataError?: { code?: string } };
}

function describe(err: unknown): { name?: string; statusCode?: number; code?: string } | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as AzureLikeError;
  // Single calls carry the service code in details.odataError.code; transactions in code.
  return { name: e.name, statusCode: e.statusCode, code: e.details?.odataError?.code ?? e.code };
}

/** True for "the row (or table) is not there", which reads turn into `undefined`. */
export function isNotFound(err: unknown): boolean {
  return describe(err)?.statusCode === 404;
}

/**
 * Maps an error from @azure/data-tables to the error catalogue. Errors that
 * are not from the SDK (already an AppError, a bug) pass through unchanged.
 */
export function toAppError(err: unknown, operation: string, table: string): unknown {
  if (err instanceof AppError) return err;
  const e = describe(err);
  if (!e || (e.name !== 'RestError' && e.name !== 'AbortError')) return err;
  const details = { operation, table, statusCode: e.statusCode, code: e.code };
  const fail = (code: ConstructorParameters<typeof AppError>[0], message: string) =>
    new AppError(code, `${operation} on ${table}: ${message}`, { details, cause: err });
  const status = e.statusCode;
  if (e.name === 'AbortError') return fail('STORAGE_UNAVAILABLE', 'timed out');
  if (status === undefined) return fail('STORAGE_UNAVAILABLE', `no answer (${e.code ?? 'network error'})`);
  if (status === 412) return fail('STORAGE_CONFLICT', 'the row changed since it was read');
  if (status === 409 && e.code === 'EntityAlreadyExists') return fail('STORAGE_ALREADY_EXISTS', 'the row exists');
  if (status === 404 && e.code === 'TableNotFound') return fail('STORAGE_UNAVAILABLE', 'the table does not exist (was init run?)');
  if (status === 404) return fail('STORAGE_CONFLICT', 'the row is gone');
  if (status === 413 || e.code === 'EntityTooLarge' || e.code === 'PropertyValueTooLarge' || e.code === 'RequestBodyTooLarge') {
    return fail('STORAGE_ENTITY_TOO_LARGE', 'the service refused the size');
  }
  if (status === 408 || status === 409 || status === 429 || status >= 500) return fail('STORAGE_UNAVAILABLE', `status ${status}`);
  return fail('INTERNAL', `unexpected status ${status} (${e.code ?? 'no code'})`);
}
