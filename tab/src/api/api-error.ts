import type { ApiErrorBody, ApiErrorCode, ApiFieldError } from '../../../bot/src/api/contract';

/** A failed API call: the status, the server's error code and, for answers, the field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | 'NETWORK',
    readonly serverMessage?: string,
    readonly fields: ApiFieldError[] = [],
    /** The whole error body, for endpoints that add to it (a conflict's current state, a file's issues). */
    readonly body?: unknown,
  ) {
    super(`API ${status} ${code}`);
    this.name = 'ApiError';
  }

  static async fromResponse(res: Response): Promise<ApiError> {
    let body: Partial<ApiErrorBody> | undefined;
    try {
      body = (await res.json()) as Partial<ApiErrorBody>;
    } catch {
      body = undefined;
    }
    const error = body?.error;
    return new ApiError(
      res.status,
      error?.code ?? (res.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL'),
      error?.message,
      error?.fields ?? [],
      body,
    );
  }
}

export function isApiError(err: unknown, code?: ApiErrorCode | 'NETWORK'): err is ApiError {
  return err instanceof ApiError && (code === undefined || err.code === code);
}
