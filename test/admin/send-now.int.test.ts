import { join } from 'node:path';
import type { AdminSendNowResponse } from '../../bot/src/api/admin-contract';
import { createApiRoutes } from '../../bot/src/api/create-api-routes';
import { createTokenFactory, TEST_CLIENT_ID, TEST_TENANT, type TokenFactory } from '../../bot/src/auth/testing/token-factory';
import { createTokenValidator } from '../../bot/src/auth/token-validator';
import { loadConfig } from '../../bot/src/config';
import type { PersonRef } from '../../bot/src/domain/identity';
import { promptSubject } from '../../bot/src/domain/delivery';
import { sendPromptNow } from '../../bot/src/delivery/send-prompt-now';
import { silentLogger } from '../../bot/src/logger';
import { createHttpServer, listen } from '../../bot/src/server';
import { createTableRepositories } from '../../bot/src/storage';
import type { Repositories } from '../../bot/src/storage/repositories';
import { createAdapter } from '../../bot/src/teams/adapter';
import { createProactiveSender } from '../../bot/src/teams/proactive-sender';
import { adaptiveCardOf, cardTexts } from '../../bot/src/testing/card-inspect';
import { startConnectorFake, type ConnectorFake } from '../../bot/src/testing/connector-fake';
import { conversationOf } from '../../bot/src/testing/delivery-fixture';
import { seed } from '../api/api-fixture';
import { adminHarness, NOW, PEOPLE } from './admin-fixture';

/**
 * "Send now" of a prompt over real HTTP on loopback, with Table Storage on
 * Azurite and the real proactive sender (anonymous CloudAdapter) posting to
 * the Bot Connector fake. Programme alpha: seven matched participants, of
 * whom p1 and p2 have a chat with the bot and p3's chat is blocked; one
 * roster row is not matched to a Teams account yet.
 */
let repos: Repositories;
let tokens: TokenFactory;
let connector: ConnectorFake;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  connector = await startConnectorFake({
    respond: (call) => (call.conversationId === 'a:conv-3' ? { status: 403, code: 'ConversationBlockedByUser' } : undefined),
  });
  repos = await createTableRepositories({
    connectionString: process.env.TEST_STORAGE_CONNECTION_STRING!,
    tablePrefix: `snd${Date.now().toString(36)}`,
  });
  await seed(repos);
  for (const [i, person] of [PEOPLE.p1, PEOPLE.p2, PEOPLE.p3].entries())
    await repos.conversations.save(conversationOf(person, i + 1, connector.url));
  await repos.enrolments.put({
    programmeId: 'alpha',
    role: 'participant',
    displayName: 'Nils Väntar',
    email: 'nils@example.org',
    department: 'big',
    source: 'roster',
    enrolledAt: '2026-03-01T08:00:00.000Z',
  });

  tokens = await createTokenFactory();
  const validator = createTokenValidator({
    clientId: TEST_CLIENT_ID,
    allowedTenantIds: [TEST_TENANT],
    signingKeys: async () => tokens.keys,
    production: true,
  });
  const logger = silentLogger();
  const sender = createProactiveSender({ adapter: createAdapter({}, logger), serviceUrlPolicy: { production: false }, logger });
  const clock = () => NOW;
  const apiRoutes = createApiRoutes({
    repos,
    clock,
    logger,
    auth: { validator },
    sendPromptNow: (programmeId, promptId) => sendPromptNow({ repos, sender, clock, logger, instanceId: 'test' }, programmeId, promptId),
  });
  const config = loadConfig({ envDir: join(__dirname, '..', '..', 'env'), environment: { NODE_ENV: 'test', PORT: '0' } });
  const server = createHttpServer({ config, logger, repos, messages: async () => undefined, apiRoutes, version: 'test' });
  base = (await listen(server, 0, '127.0.0.1')).url;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close?.();
  await connector?.close();
});

async function send(as: PersonRef, promptId: string): Promise<Response> {
  const token = await tokens.sign({ oid: as.objectId });
  return fetch(`${base}/api/admin/programmes/alpha/prompts/${promptId}/send`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
  });
}

describe('POST /api/admin/programmes/:programmeId/prompts/:promptId/send', () => {
  it('refuses participants, facilitators and other programmes’ coordinators with 403, and sends nothing', async () => {
    for (const person of [PEOPLE.p1, PEOPLE.facilitator, PEOPLE.betaCoordinator]) {
      const res = await send(person, 'cohort');
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    }
    expect(connector.stats.sendCalls).toBe(0);
    expect(await repos.deliveries.listBySubject('alpha', promptSubject('cohort'))).toEqual([]);
  });

  it('sends the prompt card to every reachable participant and answers with the summary', async () => {
    const res = await send(PEOPLE.coordinator, 'cohort');
    expect(res.status).toBe(200);
    const summary = (await res.json()) as AdminSendNowResponse;
    expect(summary).toEqual({
      programmeId: 'alpha',
      promptId: 'cohort',
      sent: 2,
      failed: 1,
      unreachable: 5,
      unknown: 0,
      waiting: 0,
      reasons: [
        { state: 'failed', code: 'other', detail: expect.stringMatching(/403/), count: 1 },
        { state: 'unreachable', code: 'notInstalled', count: 4 },
        { state: 'unreachable', code: 'notMatched', count: 1 },
      ],
    });
    const delivered = connector.activities.map((a) => a.conversationId).sort();
    expect(delivered).toEqual(['a:conv-1', 'a:conv-2']);
    for (const { activity } of connector.activities) expect(cardTexts(adaptiveCardOf(activity))).toContain('Uppgift cohort');
  });

  it('sends nobody the prompt twice when it is sent again', async () => {
    const res = await send(PEOPLE.coordinator, 'cohort');
    expect(res.status).toBe(200);
    expect(((await res.json()) as AdminSendNowResponse).sent).toBe(2);
    expect(connector.activities).toHaveLength(2);
  });

  it.each([
    ['later', 409, 'PROMPT_NOT_OPEN', { sendAt: '2026-04-01T12:00' }],
    ['closed', 409, 'PROMPT_CLOSED', { dueAt: '2026-03-10T17:00' }],
    ['no-such-prompt', 404, 'NOT_FOUND', {}],
  ])('refuses to send %s (%i %s) and sends nothing', async (promptId, status, code, extra) => {
    const before = connector.stats.sendCalls;
    const res = await send(PEOPLE.coordinator, promptId);
    expect(res.status).toBe(status);
    const body = (await res.json()) as Record<string, unknown> & { error: { code: string; message: string } };
    expect(body).toMatchObject({ error: { code }, ...extra });
    expect(body.error.message).toBeTruthy();
    expect(connector.stats.sendCalls).toBe(before);
  });

  it('answers 501 when the server has no sender configured', async () => {
    const api = await adminHarness();
    const res = await api.call('POST', '/api/admin/programmes/alpha/prompts/cohort/send', { as: PEOPLE.coordinator });
    expect(res.status).toBe(501);
  });
});
