import { existsSync } from 'node:fs';
import restify from 'restify';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import type { Repositories } from './storage/repositories';
import type { ApiRoute, ApiRequest } from './api/routes';
import { checkHealth } from './api/health';
import { sendError } from './api/http-error-handler';
import { securityHeaders } from './api/security-headers';
import {
  API_RATE_LIMIT,
  TokenBucketRateLimiter,
  clientAddress,
  isRateLimitedPath,
  rateLimitKey,
  type RateLimitOptions,
} from './api/rate-limit';
import { frameworkErrorBody } from './api/framework-error';
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
  /** Per-caller limit for the tab's API (default API_RATE_LIMIT). */
  rateLimit?: RateLimitOptions;
  /**
   * The verified person behind an API request (from its bearer token), so the
   * rate limit counts per person; requests it cannot identify count per address.
   */
  identifyCaller?: (headers: Record<string, string | undefined>) => Promise<string | undefined>;
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
  // Before the body is read, so a flood costs as little as possible.
  const limiter = new TokenBucketRateLimiter(deps.rateLimit ?? API_RATE_LIMIT);
  // App Service's front ends set X-Forwarded-For; only production runs behind them.
  const trustProxy = deps.config.env === 'production';
  server.pre((req, res, next) => {
    if (!isRateLimitedPath(req.path())) return next();
    const address = clientAddress(req.header('x-forwarded-for') || undefined, req.socket?.remoteAddress, trustProxy);
    void identify(deps.identifyCaller, req).then((personId) => {
      const decision = limiter.take(rateLimitKey(personId, address));
      if (decision.allowed) return next();
      // Not logged above debug: a flood of refusals would otherwise become a flood of log lines.
      log.debug({ path: req.path() }, 'rate limited');
      res.statusCode = 429;
      res.setHeader('Retry-After', String(decision.retryAfterSeconds));
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(frameworkErrorBody(429, req.header('accept-language'))));
      return next(false);
    });
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Plain JSON posted to the bot endpoint (every Teams activity) is read by `readPlainJsonBody`; anything else by restify.
  for (const handler of restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES, rejectUnknown: false })) {
    server.use((req, res, next) => (readsPlainJson(req) ? next() : handler(req, res, next)));
  }
  server.use((req, res, next) => (readsPlainJson(req) ? readPlainJsonBody(req, next) : next()));

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
    // restify's own errors (404, 413 body too large, bad JSON): log, answer with a code and a generic message only.
    const status = err.statusCode ?? 500;
    if (status >= 500) log.error({ err: err.message, path: req.path() }, 'restify error');
    else log.debug({ status, path: req.path() }, 'request refused by the framework');
    const body = frameworkErrorBody(status, req.header('accept-language'));
    Object.assign(err, { toJSON: () => body });
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    return callback();
  });
  return server;
}

/**
 * The bot endpoint's bodies take the short way: plain JSON (no content
 * encoding, no Content-MD5), read once and parsed once. restify's parser
 * goes through the deprecated `new Buffer()` (a stack walk per request) and
 * a text copy; it still reads every other body. The answers are restify's:
 * 413 over the size limit (after reading to the end, as restify does), 400
 * for invalid JSON, no body for an empty one.
 */
function readsPlainJson(req: restify.Request): boolean {
  if (req.method !== 'POST' || req.path() !== '/api/messages') return false;
  const type = req.headers['content-type'];
  if (typeof type !== 'string' || !/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(type)) return false;
  const encoding = req.headers['content-encoding'];
  return (encoding === undefined || encoding === 'identity') && req.headers['content-md5'] === undefined;
}

function readPlainJsonBody(req: restify.Request, next: restify.Next): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  req.once('end', () => {
    if (size > MAX_BODY_BYTES) return next(httpError(413, `Request body size exceeds ${MAX_BODY_BYTES}`));
    if (size === 0) return next();
    try {
      req.body = JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
    } catch {
      return next(httpError(400, 'Invalid JSON'));
    }
    return next();
  });
  req.once('error', (err) => next(err));
}

/** An error restify answers with its status (through the 'restifyError' handler, which writes the generic body). */
function httpError(statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { statusCode });
}

async function identify(identifyCaller: ServerDeps['identifyCaller'], req: restify.Request): Promise<string | undefined> {
  if (!identifyCaller) return undefined;
  try {
    return await identifyCaller(headersOf(req));
  } catch {
    return undefined;
  }
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

function headersOf(req: restify.Request): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  return headers;
}

function toApiRequest(req: restify.Request): ApiRequest {
  return {
    method: req.method ?? 'GET',
    path: req.path(),
    params: (req.params ?? {}) as Record<string, string>,
    query: (req.query ?? {}) as Record<string, string>,
    headers: headersOf(req),
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
