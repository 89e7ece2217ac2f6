import { AppError } from '../../errors';
import { toAppError } from './azure-errors';

const restError = (statusCode: number | undefined, fields: { code?: string; odata?: string } = {}) =>
  Object.assign(new Error('x'), {
    name: 'RestError',
    statusCode,
    code: fields.code,
    details: fields.odata ? { odataError: { code: fields.odata } } : undefined,
  });

describe('toAppError', () => {
  it.each<[string, Error, string]>([
    [
      'a stale ETag (412, UpdateConditionNotSatisfied in details)',
      restError(412, { odata: 'UpdateConditionNotSatisfied' }),
      'STORAGE_CONFLICT',
    ],
    [
      'a stale ETag inside a transaction (412, code on the error)',
      restError(412, { code: 'UpdateConditionNotSatisfied' }),
      'STORAGE_CONFLICT',
    ],
    ['a duplicate create (409 EntityAlreadyExists)', restError(409, { odata: 'EntityAlreadyExists' }), 'STORAGE_ALREADY_EXISTS'],
    ['a missing row on a conditional write (404)', restError(404, { odata: 'ResourceNotFound' }), 'STORAGE_CONFLICT'],
    ['a missing table (404 TableNotFound)', restError(404, { odata: 'TableNotFound' }), 'STORAGE_UNAVAILABLE'],
    ['a refused connection (no status)', restError(undefined, { code: 'ECONNREFUSED' }), 'STORAGE_UNAVAILABLE'],
    ['a server error (500)', restError(500), 'STORAGE_UNAVAILABLE'],
    ['a busy server (503)', restError(503, { odata: 'ServerBusy' }), 'STORAGE_UNAVAILABLE'],
    ['throttling (429)', restError(429), 'STORAGE_UNAVAILABLE'],
    ['a table being deleted (409)', restError(409, { odata: 'TableBeingDeleted' }), 'STORAGE_UNAVAILABLE'],
    ['a size refusal (413)', restError(413, { odata: 'RequestBodyTooLarge' }), 'STORAGE_ENTITY_TOO_LARGE'],
    ['an unexpected bad request (400)', restError(400, { odata: 'InvalidInput' }), 'INTERNAL'],
    ['a timeout (AbortError)', Object.assign(new Error('aborted'), { name: 'AbortError' }), 'STORAGE_UNAVAILABLE'],
  ])('maps %s to %s', (_label, err, code) => {
    const mapped = toAppError(err, 'op', 'tbl');
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped).toMatchObject({ code, cause: err, details: { operation: 'op', table: 'tbl' } });
  });

  it('passes errors that are not from the SDK through unchanged', () => {
    const bug = new TypeError('bug');
    expect(toAppError(bug, 'op', 'tbl')).toBe(bug);
    const appError = new AppError('STORAGE_INVALID_KEY');
    expect(toAppError(appError, 'op', 'tbl')).toBe(appError);
  });
});
