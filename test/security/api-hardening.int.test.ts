import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'restify';
import { FRAME_ANCESTORS, LOCAL_FRAME_ANCESTORS } from '../../bot/src/api/security-headers';
import type { ApiRoute } from '../../bot/src/api/routes';
import { loadConfig, type AppConfig } from '../../bot/src/config';
import { silentLogger } from '../../bot/src/logger';
import { createHttpServer, listen } from '../../bot/src/server';
import { createInMemoryRepositories } from '../../bot/src/storage';

/**
 * The HTTP server's own defences, over real HTTP on loopback: the API's
 * per-caller rate limit, the body size limit, and the security headers.
 */

const echo: ApiRoute = { method: 'POST', path: '/api/echo', handler: async (req) => ({ status: 200, body: { got: typeof req.body } }) };
const ping: ApiRoute = { method: 'GET', path: '/api/ping', handler: async () => ({ status: 200, body: { ok: true } }) };

function config(env: 'test' | 'production' = 'test'): AppConfig {
  const environment =
    env === 'production'
      ? {
          NODE_ENV: 'production',
          PORT: '0',
          HOST: '127.0.0.1',
          BOT_ID: 'a',
          BOT_APP_TYPE: 'UserAssignedMSI',
          BOT_TENANT_ID: 't',
          AAD_APP_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
          STORAGE_ACCOUNT_URL: 'https://a.table.core.windows.net',
        }
      : { NODE_ENV: 'test', PORT: '0' };
  return loadConfig({ envDir: mkdtempSync(join(tmpdir(), 'api-env-')), environment });
}

async function start(options: { env?: 'test' | 'production'; capacity?: number; people?: Record<string, string> } = {}) {
  const messages = jest.fn(async (_req: unknown, res: { status(n: number): void; end(): void }) => {
    res.status(200);
    res.end();
  });
  const server: Server = createHttpServer({
    config: config(options.env),
    logger: silentLogger(),
    repos: createInMemoryRepositories(),
    messages,
    apiRoutes: [echo, ping],
    version: 'test',
    rateLimit: { capacity: options.capacity ?? 100, refillPerSecond: 0.01 },
    // Stands in for the tab API's token check: "Bearer <person>" is that person.
    identifyCaller: async (headers) => options.people?.[headers.authorization ?? ''],
  });
  const { url } = await listen(server, 0, '127.0.0.1');
  return { url, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('API rate limit', () => {
  it('answers 429 with Retry-After and a generic JSON error once a caller has used up the burst', async () => {
    const app = await start({ capacity: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(`${app.url}/api/ping`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const res = await fetch(`${app.url}/api/ping`, { headers: { 'accept-language': 'sv-SE' } });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.json()).toEqual({
        error: { code: 'RATE_LIMITED', message: 'För många förfrågningar. Vänta en stund och försök igen.' },
      });
    } finally {
      await app.close();
    }
  });

  it('counts per authenticated person, not per shared address', async () => {
    const app = await start({ capacity: 2, people: { 'Bearer anna': 'anna-oid', 'Bearer bo': 'bo-oid' } });
    try {
      const get = async (who: string) => (await fetch(`${app.url}/api/ping`, { headers: { authorization: `Bearer ${who}` } })).status;
      expect([await get('anna'), await get('anna'), await get('anna')]).toEqual([200, 200, 429]);
      expect([await get('bo'), await get('bo')]).toEqual([200, 200]);
    } finally {
      await app.close();
    }
  });

  it('does not limit the bot endpoint, which Teams calls with its own tokens', async () => {
    const app = await start({ capacity: 1 });
    try {
      const post = () =>
        fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' });
      expect([(await post()).status, (await post()).status, (await post()).status]).toEqual([200, 200, 200]);
      expect(app.messages).toHaveBeenCalledTimes(3);
    } finally {
      await app.close();
    }
  });
});

describe('body size limit', () => {
  it('answers a body over 256 KB with 413 and a generic JSON error, without running the handler', async () => {
    const app = await start();
    try {
      const big = JSON.stringify({ text: 'x'.repeat(300 * 1024) });
      for (const path of ['/api/echo', '/api/messages']) {
        const res = await fetch(`${app.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'en' },
          body: big,
        });
        expect(res.status).toBe(413);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        expect(await res.json()).toEqual({ error: { code: 'BODY_TOO_LARGE', message: 'The content is too large.' } });
      }
      expect(app.messages).not.toHaveBeenCalled();
      const ok = await fetch(`${app.url}/api/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' });
      expect(await ok.json()).toEqual({ got: 'object' });
    } finally {
      await app.close();
    }
  });

  it('answers malformed JSON with a generic 400, not the parser message', async () => {
    const app = await start();
    try {
      const res = await fetch(`${app.url}/api/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: '{"a":',
      });
      expect(res.status).toBe(400);
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({ error: { code: 'VALIDATION_FAILED', message: expect.any(String) } });
      expect(body).not.toMatch(/JSON|Unexpected|position/);
    } finally {
      await app.close();
    }
  });
});

describe('security headers', () => {
  it('lets Teams, Outlook and Microsoft 365 frame the app, forbids sniffing, and sends no HSTS outside production', async () => {
    const app = await start();
    try {
      const res = await fetch(`${app.url}/healthz`);
      const csp = res.headers.get('content-security-policy') ?? '';
      const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1].split(' ') ?? [];
      // Outside production a local page (the browser tests' Teams host page) may frame the tab too.
      expect(ancestors).toEqual([...FRAME_ANCESTORS, ...LOCAL_FRAME_ANCESTORS]);
      expect(ancestors).toEqual(
        expect.arrayContaining([
          'https://*.cloud.microsoft',
          'https://teams.microsoft.com',
          'https://*.teams.microsoft.com',
          'https://*.microsoft365.com',
          'https://outlook.office.com',
        ]),
      );
      expect(ancestors.some((host) => host === '*' || (host.startsWith('http:') && !LOCAL_FRAME_ANCESTORS.includes(host)))).toBe(false);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await app.close();
    }
  });

  it('sends HSTS in production, also on error answers', async () => {
    const app = await start({ env: 'production' });
    try {
      for (const path of ['/healthz', '/api/nothing-here']) {
        const res = await fetch(`${app.url}${path}`);
        expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        // No local framing in production: only Microsoft's hosts.
        const ancestors = /frame-ancestors ([^;]+)/.exec(res.headers.get('content-security-policy') ?? '')?.[1].split(' ') ?? [];
        expect(ancestors).toEqual(FRAME_ANCESTORS);
      }
    } finally {
      await app.close();
    }
  });
});
