/**
 * Framework-free route table for the tab's API. Handlers take a plain
 * request and return a plain result, so they are tested in-process and
 * the web framework is touched in server.ts only.
 */
export interface ApiRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  body: unknown;
}

export interface ApiResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw payload (downloads); `body` is JSON-encoded otherwise. */
  raw?: Buffer | string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRoute {
  method: HttpMethod;
  /** restify-style path, e.g. `/api/programmes/:programmeId`. */
  path: string;
  handler: (req: ApiRequest) => Promise<ApiResult>;
}

export function json(status: number, body: unknown): ApiResult {
  return { status, body };
}
