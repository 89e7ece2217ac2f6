import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JWTPayload } from 'jose';
import { startApp, type RunningApp } from '../../bot/src/app';
import { loadConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { startConnectorFake, type ConnectorFake } from '../../bot/src/testing/connector-fake';
import { memberOf, teamsMessage, teamsParty, type TeamsParty } from '../../bot/src/testing/teams-activities';
import { countRows, totalRows } from './table-rows';
import { CHANNEL_ISSUER, hs256, startTokenIssuer, type TokenIssuer } from './token-issuer';

/**
 * The real server (startApp: restify, CloudAdapter, Table Storage on Azurite)
 * with bot authentication on, NODE_ENV=test. Inbound tokens are checked
 * against a local OpenID metadata document and JWKS (BOT_OPENID_METADATA_URL);
 * the bot's outbound token comes from a local client-credentials endpoint
 * (BOT_TOKEN_ENDPOINT), so a reply travels to the connector fake with a
 * bearer token, offline.
 */

const BOT_ID = '6f1c2d3e-0000-4000-8000-00000000b07a';
const BOT_PASSWORD = 'test-only-bot-secret';
const TENANT = '7a1b2c3d-0000-4000-8000-0000000000aa';
const FOREIGN_TENANT = '9e8d7c6b-0000-4000-8000-0000000000ff';
const PREFIX = `sec${Date.now().toString(36)}`;
const STORAGE = process.env.TEST_STORAGE_CONNECTION_STRING as string;

let issuer: TokenIssuer;
let connector: ConnectorFake;
let app: RunningApp;
let party: TeamsParty;
const logLines: string[] = [];

beforeAll(async () => {
  // botbuilder's token validator writes rejected tokens' errors to console.error; keep the test output readable.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  issuer = await startTokenIssuer({ clientSecret: BOT_PASSWORD });
  party = teamsParty({
    tenantId: TENANT,
    aadObjectId: '3c5d7e9f-1111-4222-8333-444455556666',
    userName: 'Kim Andersson',
    email: 'kim.andersson@kommun.example',
  });
  connector = await startConnectorFake({ members: [memberOf(party)] });
  party = { ...party, serviceUrl: connector.url };
  const config = loadConfig({
    envDir: mkdtempSync(join(tmpdir(), 'sec-env-')),
    environment: {
      NODE_ENV: 'test',
      PORT: '0',
      STORAGE_CONNECTION_STRING: STORAGE,
      TABLE_PREFIX: PREFIX,
      BOT_ID,
      SECRET_BOT_PASSWORD: BOT_PASSWORD,
      BOT_TENANT_ID: TENANT,
      BOT_OPENID_METADATA_URL: issuer.metadataUrl,
      BOT_TOKEN_ENDPOINT: issuer.tokenEndpoint,
    },
  });
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void logLines.push(line) } });
  app = await startApp({ config, logger });
});

afterAll(async () => {
  await app?.close();
  await connector?.close();
  await issuer?.close();
  jest.restoreAllMocks();
});

beforeEach(() => connector.reset());

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The claims of a token the Teams channel sends this bot about `activity`. */
function channelClaims(overrides: JWTPayload = {}, serviceUrl = party.serviceUrl): JWTPayload {
  const now = nowSeconds();
  return { iss: CHANNEL_ISSUER, aud: BOT_ID, serviceurl: serviceUrl, iat: now, nbf: now - 5, exp: now + 3600, ...overrides };
}

async function post(activity: object, authorization?: string): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers, body: JSON.stringify(activity) });
  return { status: res.status, body: await res.text() };
}

/** Why the server says it refused or dropped the last request (the log's reason or the validator's error). */
function loggedReasonSince(lineCount: number): string {
  const refusals = logLines
    .slice(lineCount)
    .map((line) => JSON.parse(line) as { msg?: string; reason?: string; err?: { message?: string } })
    .filter((line) => ['token refused', 'activity refused', 'activity dropped'].includes(line.msg ?? ''));
  expect(refusals).toHaveLength(1);
  return refusals[0].reason ?? refusals[0].err?.message ?? '';
}

/**
 * Posts and checks the answer (status, empty body), the reason in the log
 * (so each case fails for the reason it is about), and that the request left
 * no trace: no rows in any table, nothing sent, no outbound token fetched.
 */
async function expectNoTrace(activity: object, authorization: string | undefined, status: number, reason: RegExp): Promise<void> {
  const rowsBefore = await countRows(STORAGE, PREFIX);
  const tokensBefore = issuer.tokenRequests.length;
  const linesBefore = logLines.length;
  const res = await post(activity, authorization);
  expect(res).toEqual({ status, body: '' });
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(loggedReasonSince(linesBefore)).toMatch(reason);
  expect(await countRows(STORAGE, PREFIX)).toEqual(rowsBefore);
  expect(connector.activities).toHaveLength(0);
  expect(issuer.tokenRequests).toHaveLength(tokensBefore);
}

describe('POST /api/messages with bot authentication on', () => {
  it('refuses every forged or misdirected token with an empty 401 and writes nothing', async () => {
    const message = teamsMessage(party, 'hjälp');
    const otherKey = await issuer.otherKey();
    const claims = channelClaims();
    const hs256Header = { alg: 'HS256', typ: 'JWT', kid: issuer.kid };
    const cases: Array<[string, string | undefined, RegExp]> = [
      ['no Authorization header', undefined, /not authorized/],
      ['a scheme other than Bearer', `Basic ${Buffer.from(`${BOT_ID}:${BOT_PASSWORD}`).toString('base64')}`, /No valid identity/],
      ['a token that is not a JWT', 'Bearer not-a-token', /No valid identity/],
      [
        'a forged signature (another key, the published kid)',
        `Bearer ${await issuer.sign(claims, { key: otherKey })}`,
        /invalid signature/,
      ],
      ['alg none', `Bearer ${issuer.raw({ alg: 'none', typ: 'JWT', kid: issuer.kid }, claims)}`, /signature is required/],
      [
        'HS256 keyed with the public key (PKCS#1 PEM)',
        `Bearer ${issuer.raw(hs256Header, claims, hs256(issuer.publicKeyPem.pkcs1))}`,
        /invalid algorithm/,
      ],
      [
        'HS256 keyed with the public key (SPKI PEM)',
        `Bearer ${issuer.raw(hs256Header, claims, hs256(issuer.publicKeyPem.spki))}`,
        /invalid algorithm/,
      ],
      [
        'a wrong issuer',
        `Bearer ${await issuer.sign(channelClaims({ iss: 'https://api.botframework.com.evil.example' }))}`,
        /No valid identity/,
      ],
      [
        'another bot as audience',
        `Bearer ${await issuer.sign(channelClaims({ aud: '11111111-2222-4333-8444-555555555555' }))}`,
        /Invalid AppId/,
      ],
      [
        'a token that expired 10 minutes ago',
        `Bearer ${await issuer.sign(channelClaims({ iat: nowSeconds() - 4200, nbf: nowSeconds() - 4200, exp: nowSeconds() - 600 }))}`,
        /expired/,
      ],
      ['a token valid only from 10 minutes on', `Bearer ${await issuer.sign(channelClaims({ nbf: nowSeconds() + 600 }))}`, /not active/],
      ['an unknown key id', `Bearer ${await issuer.sign(claims, { kid: 'no-such-key' })}`, /Signing Key could not be retrieved/],
      [
        'a serviceurl claim that differs from the activity',
        `Bearer ${await issuer.sign(channelClaims({ serviceurl: 'https://smba.trafficmanager.net/emea/' }))}`,
        /ServiceUrl claim do not match/,
      ],
      ['no serviceurl claim', `Bearer ${await issuer.sign(channelClaims({ serviceurl: undefined }))}`, /ServiceUrl claim do not match/],
    ];
    for (const [name, authorization, reason] of cases) {
      try {
        await expectNoTrace(message, authorization, 401, reason);
      } catch (err) {
        throw new Error(`${name}: ${(err as Error).message}`);
      }
    }
  });

  it('refuses an Emulator-style token (Entra issuer, right appid) that botbuilder alone would take', async () => {
    const emulator = { iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', appid: BOT_ID, ver: '1.0', aud: BOT_ID };
    const token = await issuer.sign({ ...channelClaims(), ...emulator, serviceurl: undefined });
    await expectNoTrace(teamsMessage(party, 'hjälp'), `Bearer ${token}`, 401, /Not a channel token/);
  });

  it('refuses an activity without a serviceUrl, which botbuilder does not compare with the claim', async () => {
    const { serviceUrl: _none, ...message } = teamsMessage(party, 'hjälp');
    await expectNoTrace(message, `Bearer ${await issuer.sign(channelClaims())}`, 401, /no serviceUrl/);
  });

  it('refuses a serviceUrl off the allow-list even when the token names it', async () => {
    const evil = 'https://smba.trafficmanager.net.evil.example/emea/';
    const message = teamsMessage({ ...party, serviceUrl: evil }, 'hjälp');
    await expectNoTrace(message, `Bearer ${await issuer.sign(channelClaims({}, evil))}`, 401, /not on the allow-list/);
  });

  it('drops a genuine activity from a foreign tenant with an empty 200: no write, no reply', async () => {
    const foreign = { ...party, tenantId: FOREIGN_TENANT };
    await expectNoTrace(teamsMessage(foreign, 'hjälp'), `Bearer ${await issuer.sign(channelClaims())}`, 200, /foreign tenant/);
  });

  it('drops an activity whose two tenant fields disagree', async () => {
    const message = {
      ...teamsMessage(party, 'hjälp'),
      channelData: { tenant: { id: TENANT } },
      conversation: { id: party.conversationId, tenantId: FOREIGN_TENANT },
    };
    await expectNoTrace(message, `Bearer ${await issuer.sign(channelClaims())}`, 200, /foreign tenant/);
  });

  it('accepts a valid channel token and replies at the serviceUrl with the bot token from the token endpoint', async () => {
    const before = totalRows(await countRows(STORAGE, PREFIX));
    const message = teamsMessage(party, 'hjälp');
    const res = await post(message, `Bearer ${await issuer.sign(channelClaims())}`);
    expect(res.status).toBe(200);

    const [reply] = await connector.waitForActivities(1);
    expect(reply.replyToId).toBe(message.id);
    expect(reply.authorization).toBe(`Bearer ${issuer.issuedTokens.at(-1)}`);
    expect(issuer.tokenRequests.at(-1)).toEqual({
      grantType: 'client_credentials',
      clientId: BOT_ID,
      clientSecret: BOT_PASSWORD,
      scope: 'https://api.botframework.com/.default',
    });
    // The scan above sees writes: the accepted activity stored the conversation reference.
    expect(totalRows(await countRows(STORAGE, PREFIX))).toBeGreaterThan(before);
  });

  it('logs refusals and drops without personal data or raw ids', () => {
    const text = logLines.join('');
    expect(text).toContain('"msg":"token refused"');
    expect(text).toContain('"msg":"activity dropped"');
    for (const secret of [
      party.aadObjectId,
      party.email,
      party.userName,
      party.userId,
      party.conversationId,
      TENANT,
      FOREIGN_TENANT,
      BOT_PASSWORD,
    ]) {
      expect(text).not.toContain(secret);
    }
    const dropped = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.msg === 'activity dropped');
    expect(dropped?.tenantId).toMatch(/^p_[0-9a-f]{16}$/);
    for (const line of logLines) expect((line.match(/"name":/g) ?? []).length).toBeLessThanOrEqual(1);
  });
});
