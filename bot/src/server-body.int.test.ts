import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from './config';
import { silentLogger } from './logger';
import { createHttpServer, listen } from './server';
import { createInMemoryRepositories } from './storage';

/** How bodies posted to the bot endpoint reach its handler, over real HTTP on loopback. */

async function start() {
  const bodies: unknown[] = [];
  const messages = jest.fn(async (req: { body?: unknown }, res: { status(n: number): void; end(): void }) => {
    bodies.push(req.body);
    res.status(200);
    res.end();
  });
  const config = loadConfig({ envDir: mkdtempSync(join(tmpdir(), 'body-env-')), environment: { NODE_ENV: 'test', PORT: '0' } });
  const server = createHttpServer({ config, logger: silentLogger(), repos: createInMemoryRepositories(), messages, version: 'test' });
  const { url } = await listen(server, 0, '127.0.0.1');
  const post = (body: string | Buffer, headers: Record<string, string>) =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'accept-language': 'en', ...headers }, body });
  return { post, messages, bodies, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('bot endpoint bodies', () => {
  it('hands plain JSON (with or without a charset) to the handler as parsed objects', async () => {
    const app = await start();
    try {
      expect((await app.post('{"type":"message","text":"hej åäö"}', { 'content-type': 'application/json' })).status).toBe(200);
      expect((await app.post('{"type":"invoke"}', { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
      expect(app.bodies).toEqual([{ type: 'message', text: 'hej åäö' }, { type: 'invoke' }]);
    } finally {
      await app.close();
    }
  });

  it('answers malformed JSON with a generic 400 without running the handler', async () => {
    const app = await start();
    try {
      const res = await app.post('{"type":', { 'content-type': 'application/json' });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: { code: 'VALIDATION_FAILED', message: expect.any(String) } });
      expect(text).not.toMatch(/JSON|Unexpected|position/);
      expect(app.messages).not.toHaveBeenCalled();
    } finally {
      await app.close();
    }
  });

  it('still reads a gzip-encoded JSON body (restify parses what the short path does not take)', async () => {
    const app = await start();
    try {
      const res = await app.post(gzipSync('{"type":"message"}'), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      expect(res.status).toBe(200);
      expect(app.bodies).toEqual([{ type: 'message' }]);
    } finally {
      await app.close();
    }
  });

  it('gives the handler no body for an empty request', async () => {
    const app = await start();
    try {
      expect((await app.post('', { 'content-type': 'application/json' })).status).toBe(200);
      expect(app.bodies).toEqual([undefined]);
    } finally {
      await app.close();
    }
  });
});
