import { join } from 'node:path';
import { startApp } from '../bot/src/app';
import { loadConfig } from '../bot/src/config';
import type { AnswerSet, Programme, Prompt, Session } from '../bot/src/domain/model';
import { renderPromptCard } from '../bot/src/prompts/prompt-card-view';
import { cardActions } from '../bot/src/testing/card-inspect';
import { silentLogger } from '../bot/src/logger';
import { createTableRepositories, type Repositories } from '../bot/src/storage';
import { toColumns } from '../bot/src/storage/json-columns';
import { personPart } from '../bot/src/storage/keys';
import { AzureEntityTable } from '../bot/src/storage/table/azure-entity-table';
import { startConnectorFake, type ConnectorFake } from '../bot/src/testing/connector-fake';
import { startIngestClients, type ClientRoundResult, type IngestClients } from './ingest-clients';
import { procCpuMs, spawnAzurite, type AzuriteProcess } from './ingest-azurite';
import { cardMessageId, partyOf, personOf } from './ingest-people';
import { ingestProgramme } from './ingest-programme';
import { percentile, round, runConcurrently } from './load-clients';

/**
 * `npm run bench -- ingest`: answer submissions as Teams-shaped
 * `adaptiveCard/action` invokes, posted over HTTP on loopback by 50
 * concurrent clients to the real app (startApp with Table repositories),
 * against plain upserts of the same entities into the same Azurite by 50
 * concurrent workers. Every answer must come back as a receipt and be
 * stored once. The invokes carry what Teams sends for the prompt card the
 * app renders: the card's Action.Execute data with the inputs merged in.
 *
 * Fair to both sides:
 * - Azurite runs in its own process (as Table Storage is remote), for both.
 * - The clients (Teams' stand-in) run in a worker thread, off the app's
 *   event loop; the raw upserts' loop is the app's equivalent there.
 * - Both are warmed up first (other people answer another prompt; upserts
 *   into another table), so neither measures the JIT or lazy loading.
 * - The app starts with its own repositories, cold: nothing the setup
 *   wrote or read is known to it.
 * - The ingest clock stops when every answer has its receipt, including
 *   those first answered with the "saving" card and updated later.
 *
 * BENCH_DIAG=1 prints CPU per answer (clients, app thread, whole process,
 * Azurite) to stderr; BENCH_PROFILE_DIR=dir writes a CPU profile of the measured
 * invokes and of the raw upserts there (BENCH_PROFILE_HEAP=1: sampling heap profiles instead).
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

const ROOT = join(__dirname, '..', '..');

export async function runIngestBench(options: IngestOptions = { people: 2000, concurrency: 50 }): Promise<IngestResult> {
  const azurite = await spawnAzurite();
  const connector = await startConnectorFake();
  const prefix = `ingest${Date.now().toString(36)}`;
  // Long enough that the optimising compiler has settled before the measured round (at 200 it was still busy).
  const warmUp = Math.max(50, Math.round(options.people / 2));
  try {
    const tables = { connectionString: azurite.connectionString, tablePrefix: prefix };
    const setup = await createTableRepositories(tables);
    const { programme, sessions, prompts } = ingestProgramme(new Date());
    const [prompt, warmUpPrompt] = prompts;
    await setup.programmes.save(programme, sessions, prompts);
    await enrol(setup, programme.id, options.people + warmUp, options.concurrency, connector.url);

    // APP_ENV=bench has no env file: the run does not depend on local settings (anonymous bot, loopback only).
    const config = loadConfig({
      envDir: join(ROOT, 'env'),
      // No scheduler: the bench's prompts are due, and its people would be sent them.
      environment: { NODE_ENV: 'test', APP_ENV: 'bench', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', SCHEDULER_ENABLED: 'false' },
    });
    const app = await startApp({ config, logger: silentLogger(), repos: await createTableRepositories(tables) });
    const clients = startIngestClients(`${app.url}/api/messages`, connector.url, options.concurrency);
    let invokes: { seconds: number; result: ClientRoundResult };
    try {
      const cardOf = (promptId: string) => ({ promptId, cardData: answerActionData(programme, sessions, prompts, promptId) });
      const warm = await answerRound(clients, connector, cardOf(warmUpPrompt.id), options.people, warmUp, options);
      assertAllReceipts(warm.result, warmUp, 'warm-up');
      await rawUpserts(
        azurite.connectionString,
        `${prefix}warmup`,
        await setup.answers.listByPrompt(programme.id, warmUpPrompt.id),
        options.concurrency,
      );

      const cpu = cpuMeter(azurite);
      const profile = await startProfile();
      invokes = await answerRound(clients, connector, cardOf(prompt.id), 0, options.people, options);
      await profile?.stop('ingest');
      diag('ingest', cpu(), options.people, invokes.result);
    } finally {
      await clients.close();
      await app.close();
    }
    const stored = await setup.answers.listByPrompt(programme.id, prompt.id);
    assertAllReceipts(invokes.result, options.people, 'ingest');
    if (stored.length !== options.people) throw new Error(`ingest: ${stored.length} of ${options.people} answers stored`);

    const cpu = cpuMeter(azurite);
    const profile = await startProfile();
    const raw = await rawUpserts(azurite.connectionString, `${prefix}raw`, stored, options.concurrency);
    await profile?.stop('raw');
    diag('raw', cpu(), options.people);

    const perSecond = options.people / invokes.seconds;
    return {
      bench: 'ingest',
      answers: options.people,
      per_second: round(perSecond, 1),
      raw_upserts_per_second: round(raw, 1),
      ratio: round(perSecond / raw, 3),
      p99_ms: round(percentile(invokes.result.latenciesMs, 99), 1),
    };
  } finally {
    await connector.close();
    await azurite.close();
  }
}

/**
 * People `from` .. `from + count - 1` answer the prompt. Timed until every
 * answer has its receipt: in the invoke response, or as the card update
 * that replaces a "saving" card when the write ends.
 */
async function answerRound(
  clients: IngestClients,
  connector: ConnectorFake,
  card: { promptId: string; cardData: Record<string, unknown> },
  from: number,
  count: number,
  options: IngestOptions,
): Promise<{ seconds: number; result: ClientRoundResult }> {
  const started = performance.now();
  const result = await clients.run({ ...card, from, count, concurrency: options.concurrency });
  await waitUntil(() => lateReceipts(connector, card.promptId) >= result.saving, 30_000);
  return { seconds: (performance.now() - started) / 1000, result };
}

/** The data of the "answer" Action.Execute on the prompt card the app sends (in Swedish, the people's language). */
function answerActionData(programme: Programme, sessions: Session[], prompts: Prompt[], promptId: string): Record<string, unknown> {
  const prompt = prompts.find((p) => p.id === promptId)!;
  const session = sessions.find((s) => s.number === prompt.afterSession);
  const card = renderPromptCard({ programme, session, prompt, locale: 'sv', now: new Date() });
  const action = cardActions(card).find((a) => a.type === 'Action.Execute');
  if (!action?.data || typeof action.data !== 'object') throw new Error(`ingest: the card of ${promptId} has no Action.Execute`);
  return action.data as Record<string, unknown>;
}

function assertAllReceipts(result: ClientRoundResult, count: number, round: string): void {
  if (result.other.length > 0 || result.direct + result.saving !== count) {
    throw new Error(`${round}: ${result.other.length} submissions without a receipt (first: ${result.other[0] ?? '-'})`);
  }
}

/** Card updates at the connector fake that turned a "saving" card of this prompt into the receipt. */
function lateReceipts(connector: ConnectorFake, promptId: string): number {
  const card = cardMessageId(promptId, 0).replace(/0$/, '');
  return connector.updates.filter((u) => u.activityId.startsWith(card) && JSON.stringify(u.activity).includes('"verb":"editAnswer"'))
    .length;
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!done() && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
}

/**
 * Enrolled people who have the app, as the prompt's recipients are: a person
 * row and a stored personal conversation (the prompt card was sent there).
 */
async function enrol(repos: Repositories, programmeId: string, people: number, concurrency: number, serviceUrl: string): Promise<void> {
  await runConcurrently(people, concurrency, async (i) => {
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

interface CpuSpent {
  wallMs: number;
  /** The app's event loop (this process's main thread), where /proc has it. */
  threadMs?: number;
  /** This process: the event loop, the client worker, GC and I/O threads. */
  processMs: number;
  azuriteMs?: number;
}

function cpuMeter(azurite: AzuriteProcess): () => CpuSpent {
  const t0 = performance.now();
  const process0 = process.cpuUsage();
  const thread0 = procCpuMs(`/proc/self/task/${process.pid}/stat`);
  const azurite0 = azurite.cpuMs();
  return () => {
    const spent = process.cpuUsage(process0);
    const thread1 = procCpuMs(`/proc/self/task/${process.pid}/stat`);
    const azurite1 = azurite.cpuMs();
    return {
      wallMs: performance.now() - t0,
      threadMs: thread0 === undefined || thread1 === undefined ? undefined : thread1 - thread0,
      processMs: (spent.user + spent.system) / 1000,
      azuriteMs: azurite0 === undefined || azurite1 === undefined ? undefined : azurite1 - azurite0,
    };
  };
}

function diag(phase: string, cpu: CpuSpent, count: number, result?: ClientRoundResult): void {
  if (!process.env.BENCH_DIAG) return;
  const per = (ms: number | undefined) =>
    ms === undefined ? '-' : `${(ms / count).toFixed(3)} ms/op (${((100 * ms) / cpu.wallMs).toFixed(0)}%)`;
  const receipts = result ? `, ${result.direct} receipts, ${result.saving} saving cards, clients ${per(result.cpuMs)}` : '';
  console.error(
    `${phase}: ${(cpu.wallMs / 1000).toFixed(2)} s${receipts}; CPU: app thread ${per(cpu.threadMs)}, ` +
      `process ${per(cpu.processMs)}, azurite ${per(cpu.azuriteMs)}`,
  );
}

/** BENCH_PROFILE_DIR=dir: a CPU profile of one phase (open it in Chrome's DevTools or any .cpuprofile viewer). */
async function startProfile(): Promise<{ stop(name: string): Promise<void> } | undefined> {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (!dir) return undefined;
  const { Session } = await import('node:inspector');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
  // BENCH_PROFILE_HEAP=1: a sampling heap profile (what the phase allocates) instead of the CPU profile.
  const heap = Boolean(process.env.BENCH_PROFILE_HEAP);
  await post(heap ? 'HeapProfiler.enable' : 'Profiler.enable');
  await post(
    heap ? 'HeapProfiler.startSampling' : 'Profiler.start',
    heap ? { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } : undefined,
  );
  return {
    async stop(name) {
      const { profile } = (await post(heap ? 'HeapProfiler.stopSampling' : 'Profiler.stop')) as { profile: object };
      writeFileSync(join(dir, `${name}-${process.pid}.${heap ? 'heapprofile' : 'cpuprofile'}`), JSON.stringify(profile));
      session.disconnect();
    },
  };
}
