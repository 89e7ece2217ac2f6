import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Microsoft Graph's Teams app installation endpoints on loopback, for the
 * Graph installer's tests: `POST /users/{id}/teamwork/installedApps`
 * (201, or 409 when installed), the installation list and its chat.
 */
export interface GraphFake {
  /** Base URL like `https://graph.microsoft.com/v1.0` (no trailing slash). */
  url: string;
  /** User object ids with the app installed. */
  installed: Set<string>;
  /** Requests seen: method, path (with query) and the bearer token. */
  requests: Array<{ method: string; path: string; token?: string; body?: unknown }>;
  /** Answer this status to the install POST for a user. */
  failInstall: Map<string, number>;
  close(): Promise<void>;
}

export async function startGraphFake(options: { teamsAppId: string; token: string }): Promise<GraphFake> {
  const fake: GraphFake = { url: '', installed: new Set(), requests: [], failInstall: new Map(), close: () => Promise.resolve() };
  const reply = (res: http.ServerResponse, status: number, body?: unknown) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(text);
  };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://graph');
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      fake.requests.push({ method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, token, body });
      if (token !== options.token) return reply(res, 401, { error: { code: 'InvalidAuthenticationToken' } });
      const m = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps(?:\/([^/]+)\/chat)?$/.exec(url.pathname);
      if (!m) return reply(res, 404, { error: { code: 'NotFound' } });
      const user = decodeURIComponent(m[1]);
      if (req.method === 'POST' && !m[2]) {
        const bind = body?.['teamsApp@odata.bind'];
        if (bind !== `${fake.url}/appCatalogs/teamsApps/${options.teamsAppId}`) return reply(res, 400, { error: { code: 'BadRequest' } });
        const failure = fake.failInstall.get(user);
        if (failure) return reply(res, failure, { error: { code: 'Forbidden' } });
        if (fake.installed.has(user)) return reply(res, 409, { error: { code: 'Conflict' } });
        fake.installed.add(user);
        return reply(res, 201);
      }
      if (req.method === 'GET' && !m[2]) {
        const value = fake.installed.has(user) ? [{ id: `inst-${user}`, teamsApp: { id: options.teamsAppId } }] : [];
        return reply(res, 200, { value });
      }
      if (req.method === 'GET' && m[2] === `inst-${user}` && fake.installed.has(user))
        return reply(res, 200, { id: `19:${user}_bot@unq.gbl.spaces` });
      return reply(res, 404, { error: { code: 'NotFound' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}
