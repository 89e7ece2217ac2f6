import { existsSync } from 'node:fs';
import restify from 'restify';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import type { Repositories } from './storage/repositories';
import type { ApiRoute, ApiRequest } from './api/routes';
import { checkHealth } from './api/health';
import { sendError } from './api/http-error-handler';
import { securityHeaders } from './api/security-headers';
import { AppError } from './errors';

/** Request handler for `/api/messages`, built in bot/src/teams with structural types that restify's req/res satisfy. */
export type MessagesHandler = (req: restify.Request, res: restify.Response) => Promise<void>;

export interface ServerDeps {
  config: AppConfig;
  logger: Logger;
  repos: Repositories;
  messages: MessagesHandler;
  apiRoutes?: ApiRoute[];
  /** Folder of the built tab; served as static files when it exists. */
  tabDir?: string;
  version: string;
}

const MAX_BODY_BYTES = 256 * 1024;

/** The one HTTP server: bot endpoint, tab API, health and the built tab. */
export function createHttpServer(deps: ServerDeps): restify.Server {
  const log = deps.logger.child('http');
  const server = restify.createServer({ name: 'innovation-training', handleUncaughtExceptions: false });
  const headers = securityHeaders(deps.config.env === 'production');

  server.pre((req, res, next) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES, rejectUnknown: false }));

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    const { status, body } = await checkHealth(deps.repos.health, deps.version);
    res.status(status);
    res.json(body);
  });

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    try {
      await deps.messages(req, res);
    } catch (err) {
      sendError(res, err, log);
    }
  });

  for (const route of deps.apiRoutes ?? []) {
    const register = routeRegistrar(server, route.method);
    register(route.path, async (req: restify.Request, res: restify.Response) => {
      try {
        const result = await route.handler(toApiRequest(req));
        for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
        res.statusCode = result.status;
        if (result.raw !== undefined) res.end(result.raw);
        else if (result.body === undefined) res.end();
        else {
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(result.body));
        }
      } catch (err) {
        sendError(res, err, log, req.header('accept-language'));
      }
    });
  }

  // Unknown API paths answer JSON, not the tab's index page.
  server.get('/api/*', async (req: restify.Request, res: restify.Response) => {
    sendError(res, new AppError('NOT_FOUND', `No route ${req.path()}`), log, req.header('accept-language'));
  });

  if (deps.tabDir && existsSync(deps.tabDir)) {
    server.get('/*', restify.plugins.serveStaticFiles(deps.tabDir, { maxAge: 0 }));
  }

  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number }, callback: () => void) => {
    // restify's own errors (404, 413 body too large, bad JSON): log, answer generically.
    if ((err.statusCode ?? 500) >= 500) log.error({ err: err.message, path: req.path() }, 'restify error');
    return callback();
  });
  return server;
}

function routeRegistrar(server: restify.Server, method: ApiRoute['method']) {
  switch (method) {
    case 'GET':
      return server.get.bind(server);
    case 'POST':
      return server.post.bind(server);
    case 'PUT':
      return server.put.bind(server);
    case 'PATCH':
      return server.patch.bind(server);
    case 'DELETE':
      return server.del.bind(server);
  }
}

function toApiRequest(req: restify.Request): ApiRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  return {
    method: req.method ?? 'GET',
    path: req.path(),
    params: (req.params ?? {}) as Record<string, string>,
    query: (req.query ?? {}) as Record<string, string>,
    headers,
    body: req.body,
  };
}

export function listen(server: restify.Server, port: number, host: string): Promise<{ port: number; url: string }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ port: address.port, url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}` });
    });
  });
}
