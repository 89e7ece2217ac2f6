import { sendError, type JsonResponse } from '../../bot/src/api/http-error-handler';
import type { ApiRoute, HttpMethod } from '../../bot/src/api/routes';
import { silentLogger, type Logger } from '../../bot/src/logger';

/**
 * Calling the API's framework-free routes in-process, as server.ts does over
 * HTTP: match a path to a route (restify-style `:param` segments) and turn a
 * thrown error into the body the one error handler would send.
 */

export interface RouteMatch {
  route: ApiRoute;
  params: Record<string, string>;
}

export function findRoute(routes: ApiRoute[], method: HttpMethod, path: string): RouteMatch | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const names: string[] = [];
    const pattern = new RegExp(
      '^' +
        route.path
          .split('/')
          .map((part) => (part.startsWith(':') ? (names.push(part.slice(1)), '([^/]+)') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
          .join('/') +
        '$',
    );
    const m = pattern.exec(path);
    if (m) return { route, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(m[i + 1])])) };
  }
  return undefined;
}

export interface ErrorResult {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** The status, headers and JSON body the server's error handler sends for `err`. */
export function errorResult(err: unknown, options: { logger?: Logger; acceptLanguage?: string } = {}): ErrorResult {
  const headers: Record<string, string> = {};
  let text = '';
  const res: JsonResponse = {
    statusCode: 200,
    setHeader: (name, value) => {
      headers[name] = value;
    },
    end: (body) => {
      text = body ?? '';
    },
  };
  sendError(res, err, options.logger ?? silentLogger(), options.acceptLanguage);
  return { status: res.statusCode, body: JSON.parse(text), headers };
}
