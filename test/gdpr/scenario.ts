import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { ApiDeps } from '../../bot/src/api/create-api-routes';
import { TEST_TENANT } from '../../bot/src/auth/testing/token-factory';
import { personKey, type PersonRef } from '../../bot/src/domain/identity';
import type { ApiAnswerValue } from '../../bot/src/api/contract';
import type { Prompt } from '../../bot/src/domain/model';
import { localToInstant } from '../../bot/src/domain/time';
import { createLogger, type Logger } from '../../bot/src/logger';
import { importProgramme } from '../../bot/src/programme-file/import-programme';
import { createSchedulerRunner } from '../../bot/src/scheduler/scheduler-runner';
import { recordParticipants } from '../../bot/src/live/meeting-events';
import type { Repositories } from '../../bot/src/storage/repositories';
import { createAdapter } from '../../bot/src/teams/adapter';
import { createMessageEraser } from '../../bot/src/teams/message-eraser';
import { createProactiveSender } from '../../bot/src/teams/proactive-sender';
import { ProgrammeBot } from '../../bot/src/teams/programme-bot';
import { createTurnErrorHandler } from '../../bot/src/teams/turn-error';
import { startConnectorFake, type ConnectorFake } from '../../bot/src/testing/connector-fake';
import { memberOf, teamsInstallationUpdate, teamsParty, type TeamsParty } from '../../bot/src/testing/teams-activities';
import { TeamsTestAdapter } from '../../bot/src/testing/teams-test-adapter';
import type { MessageEraser } from '../../bot/src/gdpr/message-eraser';
import { apiClient, type ApiClient } from './api-client';

/**
 * A full run of the demo programme, the way the app lives it: the demo file
 * imported, three people installing the bot (their roster rows matched by
 * e-mail through the Teams member look-up on the connector fake), the
 * scheduler sending the open prompts to the participants (activity ids kept),
 * answers from the tab, a reminder, a coordinator reading and exporting
 * responses, a participant downloading "Mina data". Over any repositories
 * (in memory or Azurite); every log line is captured.
 */
export const PROGRAMME_ID = 'innovation-training';
export const DEMO_FILE = 'programmes/innovation-training.yaml';
/** Wednesday 11 March 2026, 10:00 in Stockholm: the demo's import day. */
export const IMPORT_NOW = new Date('2026-03-11T09:00:00Z');

export interface ScenarioPerson {
  party: TeamsParty;
  ref: PersonRef;
  key: string;
  name: string;
  email: string;
}

function person(name: string, email: string, n: number): ScenarioPerson {
  const party = teamsParty({
    tenantId: TEST_TENANT,
    aadObjectId: `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`,
    userId: `29:1user-${n}`,
    userName: name,
    email,
    conversationId: `a:1personal-chat-${n}`,
  });
  const ref = { tenantId: party.tenantId, objectId: party.aadObjectId };
  return { party, ref, key: personKey(ref), name, email };
}

export const PEOPLE = {
  alex: person('Alex Wilber', 'alexw@example.com', 1),
  isaiah: person('Isaiah Langer', 'isaiahl@example.com', 2),
  adele: person('Adele Vance', 'adelev@example.com', 3),
};

export interface Scenario {
  repos: Repositories;
  fake: ConnectorFake;
  api: ApiClient;
  logger: Logger;
  /** Every JSON log line written during the scenario. */
  logs: string[];
  now(): Date;
  setNow(at: Date): void;
  prompts: Prompt[];
  /** Free-text answers given, by person key. */
  answerTexts: Map<string, string[]>;
  /** The Bot Connector eraser over the same adapter type the server uses. */
  eraser: MessageEraser;
  close(): Promise<void>;
}

export async function runScenario(
  repos: Repositories,
  options: { personalData?: Omit<NonNullable<ApiDeps['personalData']>, 'messageEraser'> } = {},
): Promise<Scenario> {
  const logs: string[] = [];
  const destination = { write: (line: string) => logs.push(line) } as unknown as Writable;
  const logger = createLogger({ level: 'debug', destination, name: 'scenario' });
  let now = IMPORT_NOW;
  const clock = () => now;
  const fake = await startConnectorFake({ members: Object.values(PEOPLE).map((p) => memberOf({ ...p.party })) });
  const adapter = createAdapter({}, logger);
  const eraser = createMessageEraser({ adapter, serviceUrlPolicy: { production: false }, logger });
  const personalData = options.personalData && { ...options.personalData, messageEraser: eraser };
  const api = await apiClient({ repos, clock, logger, personalData });

  const text = await readFile(join(__dirname, '..', '..', DEMO_FILE), 'utf8');
  await importProgramme(repos, text, { now, fileName: DEMO_FILE });
  const loaded = (await repos.programmes.load(PROGRAMME_ID))!;
  const zone = loaded.programme.timeZone;
  const at = (local: string, minutes: number) => new Date(localToInstant(local, zone).toMillis() + minutes * 60_000);
  const [first, second] = loaded.prompts;

  // Three people install the app: the bot stores their chat and matches their roster rows.
  const bot = new ProgrammeBot({ repos, clock, logger });
  for (const p of Object.values(PEOPLE)) {
    const party = { ...p.party, serviceUrl: fake.url };
    const teams = new TeamsTestAdapter((context) => bot.run(context), party);
    teams.onTurnError = createTurnErrorHandler(logger);
    await teams.processActivity(teamsInstallationUpdate(party));
  }

  // The scheduler sends the two open prompts to the participants.
  now = at(second.sendAt, 5);
  const sender = createProactiveSender({
    adapter,
    serviceUrlPolicy: { production: false },
    rates: { perTenantPerSecond: 400, perConversationPerSecond: 50 },
    logger,
  });
  const runner = createSchedulerRunner({ repos, sender, clock, logger, instanceId: 'scenario', tickMs: 1000 });
  await runner.runOnce();

  // Both participants answer the first prompt in the tab.
  const answerTexts = new Map<string, string[]>();
  for (const p of [PEOPLE.alex, PEOPLE.isaiah]) {
    const words = `${p.name.split(' ')[0].toLowerCase()}-reflects-on-innovation`;
    answerTexts.set(p.key, [words]);
    const res = await api.call('PUT', `/api/programmes/${PROGRAMME_ID}/prompts/${first.id}/answer`, {
      as: p.ref,
      body: { inputs: inputsFor(first, words) },
    });
    if (res.status !== 200) throw new Error(`answer by ${p.name}: ${res.status} ${JSON.stringify(res.body)}`);
  }

  // The second prompt's reminder goes to both (neither answered it).
  now = at(second.reminders[0], 30);
  await runner.runOnce();

  // Alex and Isaiah attend session 1's meeting (join and leave events) and answer a live question in it.
  const chatId = '19:meeting_gdprscenario@thread.v2';
  await repos.meetings.save({
    chatId,
    tenantId: TEST_TENANT,
    serviceUrl: fake.url,
    channelId: 'msteams',
    botId: '28:bot',
    programmeId: PROGRAMME_ID,
    sessionNumber: 1,
    updatedAt: now.toISOString(),
  });
  const attendees = [PEOPLE.alex.ref, PEOPLE.isaiah.ref];
  await recordParticipants({ repos, logger }, chatId, 'join', attendees, now.toISOString());
  await recordParticipants({ repos, logger }, chatId, 'leave', attendees, new Date(now.getTime() + 3600_000).toISOString());
  const run = await repos.live.saveRun({
    programmeId: PROGRAMME_ID,
    sessionNumber: 1,
    runId: 'rgdprscenario1',
    prompt: { id: 'word', type: 'word', question: { sv: 'Ett ord?', en: 'One word?' }, maxLength: 40 },
    state: 'open',
    locale: 'sv',
    chatId,
    openedAt: now.toISOString(),
  });
  for (const p of [PEOPLE.alex, PEOPLE.isaiah]) {
    const word = `${p.name.split(' ')[0].toLowerCase()}-live-word`;
    answerTexts.get(p.key)!.push(word);
    await repos.live.saveAnswer({ ...run, person: p.ref, value: word, answeredAt: now.toISOString(), version: undefined });
  }

  // Reads and downloads that leave audit rows.
  const adele = PEOPLE.adele.ref;
  for (const path of [
    `/api/programmes/${PROGRAMME_ID}/responses`,
    `/api/programmes/${PROGRAMME_ID}/export/responses.csv`,
    '/api/me/export',
  ]) {
    const res = await api.call('GET', path, { as: path === '/api/me/export' ? PEOPLE.alex.ref : adele });
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const coordinatorExport = `/api/programmes/${PROGRAMME_ID}/people/${TEST_TENANT}/${PEOPLE.isaiah.ref.objectId}/export`;
  const exported = await api.call('GET', coordinatorExport, { as: adele });
  if (exported.status !== 200) throw new Error(`GET ${coordinatorExport}: ${exported.status} ${JSON.stringify(exported.body)}`);

  return {
    repos,
    fake,
    api,
    logger,
    logs,
    now: clock,
    setNow: (instant) => {
      now = instant;
    },
    prompts: loaded.prompts,
    answerTexts,
    eraser,
    close: () => fake.close(),
  };
}

/** A valid answer to every question of the prompt, `text` in the free-text ones. */
function inputsFor(prompt: Prompt, text: string): Record<string, ApiAnswerValue> {
  const inputs: Record<string, ApiAnswerValue> = {};
  for (const q of prompt.questions) {
    if (q.type === 'longText' || q.type === 'shortText') inputs[q.id] = text;
    else if (q.type === 'singleChoice') inputs[q.id] = q.choices![0].id;
    else if (q.type === 'multiChoice') inputs[q.id] = [q.choices![0].id];
    else inputs[q.id] = 4;
  }
  return inputs;
}
