import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { t } from '../i18n';
import { silentLogger } from '../logger';
import { createInMemoryRepositories, type Repositories } from '../storage';
import { adaptiveCardOf, cardTexts } from '../testing/card-inspect';
import { startConnectorFake, type ConnectorFake } from '../testing/connector-fake';
import { FIXTURE_NOW, fixtureProgramme, fixturePrompts, fixtureSessions, rosterEnrolment } from '../testing/programme-fixture';
import { memberOf, teamsBotAdded, teamsInstallationUpdate, teamsMessage, teamsParty, type TeamsParty } from '../testing/teams-activities';
import { createAdapter } from './adapter';
import { createMessagesHandler, type MessagesResponse } from './messages-endpoint';
import { ProgrammeBot } from './programme-bot';

/**
 * The bot behind a real CloudAdapter in anonymous mode, on a bare node
 * http server on loopback; replies and member look-ups go over HTTP to the
 * connector fake.
 */

/** Node's ServerResponse in the shape the handler expects (what restify adds: status/header/send). */
function asMessagesResponse(res: http.ServerResponse): MessagesResponse {
  let body: string | undefined;
  return {
    socket: res.socket,
    get headersSent() {
      return res.headersSent;
    },
    status: (code: number) => (res.statusCode = code),
    header: (name: string, value: unknown) => res.setHeader(name, String(value)),
    send: (payload: unknown) => {
      body = typeof payload === 'string' ? payload : JSON.stringify(payload);
      if (typeof payload !== 'string') res.setHeader('content-type', 'application/json');
    },
    end: () => res.end(body),
  };
}

let fake: ConnectorFake;
let repos: Repositories;
let server: http.Server;
let endpoint: string;
let party: TeamsParty;

beforeAll(async () => {
  fake = await startConnectorFake({ members: [memberOf(teamsParty())] });
  party = teamsParty({ serviceUrl: fake.url });
  repos = createInMemoryRepositories();
  await repos.programmes.save(fixtureProgramme, fixtureSessions, fixturePrompts);
  await repos.enrolments.put(rosterEnrolment());

  const logger = silentLogger();
  const adapter = createAdapter({}, logger);
  const bot = new ProgrammeBot({ repos, clock: () => FIXTURE_NOW, logger });
  const handle = createMessagesHandler({ adapter, bot, logger });
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
      void handle({ body, headers: req.headers, method: req.method }, asMessagesResponse(res));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fake.close();
});

beforeEach(() => fake.reset());

async function post(activity: unknown): Promise<number> {
  const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  await res.arrayBuffer();
  return res.status;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ProgrammeBot behind CloudAdapter (anonymous, loopback HTTP)', () => {
  it('sends exactly one welcome card when installationUpdate and conversationUpdate arrive together', async () => {
    const install = teamsInstallationUpdate(party);
    const added = teamsBotAdded(party);
    expect(await Promise.all([post(install), post(added)])).toEqual([200, 200]);

    const [sent] = await fake.waitForActivities(1);
    await settle(300);
    expect(fake.activities).toHaveLength(1);
    expect(sent.conversationId).toBe(party.conversationId);
    expect([install.id, added.id]).toContain(sent.replyToId);
    expect(sent.authorization).toBeUndefined();
    expect(sent.activity).toMatchObject({ type: 'message', recipient: { id: party.userId }, from: { id: party.botId } });
    expect(cardTexts(adaptiveCardOf(sent.activity))).toEqual(
      expect.arrayContaining([
        t('sv', 'card.welcome.heading'),
        'Innovationsresan 2026',
        'Behov och insikter',
        'tisdag 8 december 09:00–12:00',
      ]),
    );

    // A later install event (the Playground reconnecting) does not greet again.
    expect(await post(teamsInstallationUpdate(party))).toBe(200);
    await settle(200);
    expect(fake.activities).toHaveLength(1);
  });

  it('replies to a message on its activity with the card in the user language', async () => {
    const message = teamsMessage({ ...party, locale: 'en-US' }, 'help');
    expect(await post(message)).toBe(200);
    const [sent] = await fake.waitForActivities(1);
    expect(sent.replyToId).toBe(message.id);
    expect(cardTexts(adaptiveCardOf(sent.activity))).toContain(t('en', 'card.help.heading'));
  });

  it('answers 400 to a body that is not an activity', async () => {
    expect(await post([1, 2])).toBe(400);
    expect(await post({ type: 42 })).toBe(400);
    expect(fake.activities).toHaveLength(0);
  });
});
