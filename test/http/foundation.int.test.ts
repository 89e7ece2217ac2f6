import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../bot/src/app';
import { loadConfig } from '../../bot/src/config';
import { silentLogger } from '../../bot/src/logger';
import { importProgramme } from '../../bot/src/programme-file/import-programme';
import { t } from '../../bot/src/i18n';
import { startConnectorFake, type ConnectorFake } from '../../bot/src/testing/connector-fake';
import { adaptiveCardOf, cardTexts } from '../../bot/src/testing/card-inspect';
import {
  memberOf,
  postActivity,
  teamsInstallationUpdate,
  teamsMessage,
  teamsParty,
  teamsBotAdded,
} from '../../bot/src/testing/teams-activities';
import type { Repositories } from '../../bot/src/storage/repositories';

/**
 * The foundation end to end over real HTTP: the server on loopback with
 * Table Storage on Azurite and the demo programme, Teams-shaped activities
 * posted to /api/messages, replies recorded by the Bot Connector fake.
 */

const ROOT = join(__dirname, '..', '..');
let app: RunningApp;
let connector: ConnectorFake;
// Alex's Teams client is English, but the demo roster says Alex reads Swedish.
const alex = teamsParty({ locale: 'en-US' });

beforeAll(async () => {
  connector = await startConnectorFake({ members: [memberOf(alex)] });
  const config = loadConfig({
    envDir: join(ROOT, 'env'),
    environment: {
      NODE_ENV: 'test',
      PORT: '0',
      STORAGE_CONNECTION_STRING: process.env.TEST_STORAGE_CONNECTION_STRING,
      TABLE_PREFIX: `http${Date.now().toString(36)}`,
    },
  });
  app = await startApp({ config, logger: silentLogger() });
  const file = join(ROOT, 'programmes', 'innovation-training.yaml');
  await importProgramme(app.repos, readFileSync(file, 'utf8'), { now: new Date(), fileName: file });
});

afterAll(async () => {
  await app?.close();
  await connector?.close();
});

const post = (activity: object): Promise<Response> => postActivity(app.url, activity);

async function lastCardTexts(count: number): Promise<string[]> {
  await connector.waitForActivities(count, 5000);
  const card = adaptiveCardOf(connector.activities[count - 1].activity);
  expect(card).toBeDefined();
  return cardTexts(card);
}

describe('POST /api/messages with Teams-shaped activities', () => {
  it('greets once on install, then answers hjälp and agenda with Swedish cards at the serviceUrl', async () => {
    const party = { ...alex, serviceUrl: connector.url };

    expect((await post(teamsInstallationUpdate(party))).status).toBe(200);
    expect((await post(teamsBotAdded(party))).status).toBe(200);
    const welcome = await lastCardTexts(1);
    expect(welcome).toContain(t('sv', 'card.welcome.heading'));
    expect(welcome).toContain('Innovationsutbildning');

    await post(teamsMessage(party, 'hjälp'));
    expect(await lastCardTexts(2)).toContain(t('sv', 'card.help.heading'));

    await post(teamsMessage(party, 'agenda'));
    const agenda = await lastCardTexts(3);
    expect(agenda).toContain(t('sv', 'card.agenda.heading'));
    expect(agenda.some((text) => /måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag/.test(text))).toBe(true);

    // Exactly three replies: the second install event did not greet again.
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.activities).toHaveLength(3);
    expect(connector.activities.every((a) => a.conversationId === party.conversationId)).toBe(true);
  });

  it('stores the person by tenant and object id, never by name or e-mail', async () => {
    const repos: Repositories = app.repos;
    const person = await repos.people.get({ tenantId: alex.tenantId, objectId: alex.aadObjectId });
    expect(person).toMatchObject({ tenantId: alex.tenantId, objectId: alex.aadObjectId, locale: 'sv' });
    const enrolments = await repos.enrolments.listByPerson({ tenantId: alex.tenantId, objectId: alex.aadObjectId });
    expect(enrolments.map((e) => e.programmeId)).toEqual(['innovation-training']);
  });

  it('answers 400 to a body that is not an activity', async () => {
    const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' });
    expect(res.status).toBe(400);
  });
});

describe('GET /healthz', () => {
  it('answers 200 with status ok while storage answers', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', storage: 'ok' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors');
  });

  it('answers 503 when storage does not answer', async () => {
    const config = loadConfig({
      envDir: join(ROOT, 'env'),
      environment: { NODE_ENV: 'test', PORT: '0', STORAGE_CONNECTION_STRING: process.env.TEST_STORAGE_CONNECTION_STRING },
    });
    const broken: Repositories = {
      ...app.repos,
      health: {
        ping: async () => {
          throw new Error('storage down');
        },
      },
    };
    const other = await startApp({ config, logger: silentLogger(), repos: broken });
    try {
      const res = await fetch(`${other.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unavailable', storage: 'unavailable' });
    } finally {
      await other.close();
    }
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await fetch(`${app.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
