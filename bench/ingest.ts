import { join } from 'node:path';
import { startApp } from '../bot/src/app';
import { loadConfig } from '../bot/src/config';
import type { PersonRef } from '../bot/src/domain/identity';
import type { AnswerSet } from '../bot/src/domain/model';
import { t } from '../bot/src/i18n';
import { silentLogger } from '../bot/src/logger';
import { createTableRepositories, type Repositories } from '../bot/src/storage';
import { toColumns } from '../bot/src/storage/json-columns';
import { personPart } from '../bot/src/storage/keys';
import { AzureEntityTable } from '../bot/src/storage/table/azure-entity-table';
import { invokeResponseCard, teamsCardInvoke } from '../bot/src/testing/card-invokes';
import { startConnectorFake, type ConnectorFake } from '../bot/src/testing/connector-fake';
import { teamsParty, type TeamsParty } from '../bot/src/testing/teams-activities';
import { startAzurite } from '../test/azurite';
import { jsonPoster } from './http-client';
import { ingestProgramme } from './ingest-programme';
import { percentile, round, runConcurrently } from './load-clients';

/**
 * `npm run bench -- ingest`: answer submissions as Teams-shaped
 * `adaptiveCard/action` invokes, posted over HTTP on loopback by 50
 * concurrent clients to the real app (startApp, Table repositories on an
 * in-process Azurite), against plain upserts of the same entities into the
 * same Azurite by 50 concurrent workers. Every answer must come back as a
 * receipt and be stored once.
 */
export interface IngestOptions {
  people: number;
  concurrency: number;
}

export interface IngestResult {
  bench: 'ingest';
  answers: number;
  per_second: number;
  raw_upserts_per_second: number;
  ratio: number;
  p99_ms: number;
  [key: string]: unknown;
}

const TENANT = '11111111-2222-3333-4444-555555555555';
const ROOT = join(__dirname, '..', '..');

function personOf(i: number): PersonRef {
  return { tenantId: TENANT, objectId: `00000000-0000-0000-0000-${i.toString(16).padStart(12, '0')}` };
}

function answerText(i: number): string {
  return `Svar ${i}: ${'Jag tar med mig att testa idéer tidigt och prata med dem det gäller. '.repeat(3)}`.trim();
}

export async function runIngestBench(options: IngestOptions = { people: 2000, concurrency: 50 }): Promise<IngestResult> {
  const azurite = await startAzurite();
  const connector = await startConnectorFake();
  const prefix = `ingest${Date.now().toString(36)}`;
  try {
    const repos = await createTableRepositories({ connectionString: azurite.connectionString, tablePrefix: prefix });
    const { programme, sessions, prompts } = ingestProgramme(new Date());
    await repos.programmes.save(programme, sessions, prompts);
    await enrol(repos, programme.id, options, connector.url);

    // APP_ENV=bench has no env file: the run does not depend on local settings (anonymous bot, loopback only).
    const config = loadConfig({
      envDir: join(ROOT, 'env'),
      environment: { NODE_ENV: 'test', APP_ENV: 'bench', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    });
    const app = await startApp({ config, logger: silentLogger(), repos });
    const client = jsonPoster(`${app.url}/api/messages`, options.concurrency);
    const receipts = { direct: 0, saving: 0, other: [] as string[] };
    let invokes: { seconds: number; latenciesMs: number[] };
    try {
      invokes = await runConcurrently(options.people, options.concurrency, async (i) => {
        const data = { programmeId: programme.id, promptId: prompts[0].id, q_q1: answerText(i), q_q2: String((i % 5) + 1) };
        const res = await client.post(teamsCardInvoke(partyOf(i, connector.url), 'answerPrompt', data, cardMessageId(i)));
        const card = JSON.stringify(invokeResponseCard(res.body) ?? null);
        if (res.status === 200 && card.includes('"verb":"editAnswer"')) receipts.direct++;
        else if (res.status === 200 && card.includes(SAVING_MARK)) receipts.saving++;
        else receipts.other.push(`${res.status} ${card.slice(0, 200)}`);
      });
      // Invokes answered with the "saving" card get their receipt as a card update when the write ends.
      await waitUntil(() => lateReceipts(connector) >= receipts.saving, 30_000);
    } finally {
      client.close();
      await app.close();
    }
    const stored = await repos.answers.listByPrompt(programme.id, prompts[0].id);
    const late = lateReceipts(connector);
    if (receipts.other.length > 0 || late < receipts.saving || stored.length !== options.people) {
      throw new Error(
        `ingest: ${receipts.other.length} submissions without a receipt (first: ${receipts.other[0] ?? '-'}), ` +
          `${late} of ${receipts.saving} late receipts, ${stored.length} of ${options.people} answers stored`,
      );
    }

    const raw = await rawUpserts(azurite.connectionString, `${prefix}raw`, stored, options.concurrency);
    const perSecond = options.people / invokes.seconds;
    return {
      bench: 'ingest',
      answers: options.people,
      per_second: round(perSecond, 1),
      raw_upserts_per_second: round(raw, 1),
      ratio: round(perSecond / raw, 3),
      p99_ms: round(percentile(invokes.latenciesMs, 99), 1),
    };
  } finally {
    await connector.close();
    await azurite.close();
  }
}

const SAVING_MARK = t('sv', 'prompt.saving.heading');

function cardMessageId(i: number): string {
  return `1:prompt-card-${i}`;
}

/** Card updates at the connector fake that turned a "saving" card into the receipt. */
function lateReceipts(connector: ConnectorFake): number {
  return connector.updates.filter((u) => JSON.stringify(u.activity).includes('"verb":"editAnswer"')).length;
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
}

function partyOf(i: number, serviceUrl: string): TeamsParty {
  const person = personOf(i);
  return teamsParty({
    tenantId: person.tenantId,
    aadObjectId: person.objectId,
    userId: `29:bench-${i}`,
    userName: `Person ${i}`,
    email: `person${i}@example.com`,
    conversationId: `a:bench-chat-${i}`,
    serviceUrl,
  });
}

/**
 * Enrolled people who have the app, as the prompt's recipients are: a person
 * row and a stored personal conversation (the prompt card was sent there).
 */
async function enrol(repos: Repositories, programmeId: string, options: IngestOptions, serviceUrl: string): Promise<void> {
  await runConcurrently(options.people, options.concurrency, async (i) => {
    const person = personOf(i);
    const party = partyOf(i, serviceUrl);
    await repos.people.put({ ...person, displayName: `Person ${i}`, locale: 'sv' });
    await repos.conversations.save({
      person,
      serviceUrl,
      conversationId: party.conversationId,
      channelId: 'msteams',
      botId: party.botId,
      botName: party.botName,
      userId: party.userId,
      locale: 'sv',
      updatedAt: new Date().toISOString(),
    });
    await repos.enrolments.put({
      programmeId,
      role: 'participant',
      displayName: `Person ${i}`,
      person,
      source: 'joinCode',
      enrolledAt: new Date().toISOString(),
    });
  });
}

/** Plain upserts of the stored answers' entities (same keys and columns as the answers table) into a fresh table: rows per second. */
async function rawUpserts(connectionString: string, tableName: string, answers: AnswerSet[], concurrency: number): Promise<number> {
  const table = AzureEntityTable.connect({ connectionString }, tableName);
  await table.ensureExists();
  const entities = answers.map(({ version: _version, ...fields }) => ({
    partitionKey: `${fields.programmeId}|${fields.promptId}`,
    rowKey: personPart(fields.person),
    properties: toColumns(fields),
  }));
  const { seconds } = await runConcurrently(entities.length, concurrency, async (i) => {
    await table.upsertEntity(entities[i]);
  });
  return entities.length / seconds;
}
