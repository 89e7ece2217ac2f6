import { performance } from 'node:perf_hooks';
import { createApiRoutes } from '../bot/src/api/create-api-routes';
import type { DashboardResponse } from '../bot/src/api/contract';
import { createDevIssuer } from '../bot/src/auth/dev-issuer';
import { DEV_CLIENT_ID, DEV_TENANT_ID } from '../bot/src/auth/dev-people';
import { createTokenValidator } from '../bot/src/auth/token-validator';
import type { PersonRef } from '../bot/src/domain/identity';
import type { Enrolment, Programme, Prompt, Session } from '../bot/src/domain/model';
import { silentLogger } from '../bot/src/logger';
import { createTableRepositories, type Repositories } from '../bot/src/storage';
import { toColumns } from '../bot/src/storage/json-columns';
import { personPart } from '../bot/src/storage/keys';
import { createTableClient } from '../bot/src/storage/table/azure-client';
import { AzureEntityTable } from '../bot/src/storage/table/azure-entity-table';
import { tableName } from '../bot/src/storage/table-names';
import { startAzurite } from '../test/azurite';
import { numberFlags } from './bench-args';

/**
 * `npm run bench -- dashboard [--participants 500] [--prompts 20] [--runs 9] [--warmup 3]`:
 * a programme with 500 participants and 20 prompts, every prompt answered by
 * everyone (10,000 answers), in Azurite in-process. Times the coordinator's
 * dashboard as the API computes it (token check, enrolment check, the reads
 * of programme, roster, answers and deliveries, the aggregation) against a
 * raw scan of the same answer partitions with the SDK in the same run, both
 * with all partitions read in parallel. Medians over `runs`, alternating
 * which goes first, after `warmup` rounds of each.
 */
const PROGRAMME_ID = 'bench-dashboard';
const DEPARTMENTS = ['social', 'education', 'planning', 'culture', 'environment', 'technical', 'tiny'];

export async function dashboardBench(args: readonly string[]): Promise<Record<string, unknown>> {
  const flags = numberFlags(args, { participants: 500, prompts: 20, runs: 9, warmup: 3 });
  const azurite = await startAzurite();
  try {
    const prefix = `bench${Date.now().toString(36)}`;
    const connection = { connectionString: azurite.connectionString };
    const repos = await createTableRepositories({ ...connection, tablePrefix: prefix });
    const { prompts, coordinator } = await seedProgramme(repos, connection, prefix, flags.participants, flags.prompts);

    const now = new Date('2026-06-15T12:00:00Z');
    const devIssuer = await createDevIssuer({ env: 'development', audience: DEV_CLIENT_ID, clock: () => now });
    const validator = createTokenValidator({
      clientId: DEV_CLIENT_ID,
      allowedTenantIds: [],
      signingKeys: async () => devIssuer.keys,
      production: false,
      devIssuer,
      clock: () => now,
    });
    const route = createApiRoutes({ repos, clock: () => now, logger: silentLogger(), auth: { validator } }).find((r) =>
      r.path.endsWith('/dashboard'),
    )!;
    const { accessToken } = await devIssuer.issueToken(coordinator);
    const request = {
      method: 'GET',
      path: `/api/programmes/${PROGRAMME_ID}/dashboard`,
      params: { programmeId: PROGRAMME_ID },
      query: {},
      headers: { authorization: `Bearer ${accessToken}` },
      body: undefined,
    };

    const client = createTableClient(connection, tableName(prefix, 'answers'));
    const rawScan = async (): Promise<number> => {
      const lists = await Promise.all(
        prompts.map(async (p) => {
          const rows: unknown[] = [];
          for await (const row of client.listEntities({ queryOptions: { filter: `PartitionKey eq '${PROGRAMME_ID}|${p.id}'` } }))
            rows.push(row);
          return rows.length;
        }),
      );
      return lists.reduce((a, b) => a + b, 0);
    };
    const dashboard = async (): Promise<DashboardResponse> => {
      const result = await route.handler(request);
      if (result.status !== 200) throw new Error(`dashboard answered ${result.status}`);
      return result.body as DashboardResponse;
    };

    const expected = flags.participants * flags.prompts;
    const checked = await dashboard();
    const answered = checked.prompts.reduce((sum, p) => sum + p.answered, 0);
    if (answered !== expected || (await rawScan()) !== expected)
      throw new Error(`expected ${expected} answers, the dashboard counted ${answered}`);
    // Warm both paths (JIT, connection pool) before anything is timed.
    for (let i = 0; i < flags.warmup; i++) {
      await dashboard();
      await rawScan();
    }

    const dashboardMs: number[] = [];
    const rawMs: number[] = [];
    for (let run = 0; run < flags.runs; run++) {
      // Alternate which goes first, so neither always meets a warmer storage.
      const order = run % 2 === 0 ? [timeDashboard, timeRaw] : [timeRaw, timeDashboard];
      for (const step of order) await step();
    }
    async function timeDashboard(): Promise<void> {
      const start = performance.now();
      await dashboard();
      dashboardMs.push(performance.now() - start);
    }
    async function timeRaw(): Promise<void> {
      const start = performance.now();
      await rawScan();
      rawMs.push(performance.now() - start);
    }
    const ms = median(dashboardMs);
    const raw = median(rawMs);
    return { bench: 'dashboard', answers: expected, ms: round(ms), raw_scan_ms: round(raw), ratio: round(ms / raw, 2) };
  } finally {
    await azurite.close();
  }
}

export async function seedProgramme(
  repos: Repositories,
  connection: { connectionString: string },
  prefix: string,
  participantCount: number,
  promptCount: number,
): Promise<{ prompts: Prompt[]; coordinator: PersonRef }> {
  const programme: Programme = {
    id: PROGRAMME_ID,
    name: { sv: 'Mätprogram', en: 'Bench programme' },
    defaultLocale: 'sv',
    timeZone: 'Europe/Stockholm',
    joinCode: 'BENCH1',
    departments: DEPARTMENTS.map((id) => ({ id, name: { sv: id, en: id } })),
  };
  const sessions: Session[] = [1, 2, 3, 4].map((number) => ({
    programmeId: PROGRAMME_ID,
    number,
    title: { sv: `Träff ${number}`, en: `Session ${number}` },
    start: `2026-0${number + 1}-10T09:00`,
    end: `2026-0${number + 1}-10T12:00`,
    materials: [],
    agenda: [],
  }));
  const prompts: Prompt[] = Array.from({ length: promptCount }, (_, i) => ({
    programmeId: PROGRAMME_ID,
    id: `prompt-${String(i + 1).padStart(2, '0')}`,
    kind: 'reflection',
    afterSession: (i % 4) + 1,
    title: { sv: `Uppgift ${i + 1}`, en: `Assignment ${i + 1}` },
    text: { sv: 'Vad tar du med dig?', en: 'What do you take with you?' },
    questions: [
      { id: 'text', type: 'longText', label: { sv: 'Svar', en: 'Answer' }, required: true },
      {
        id: 'pick',
        type: 'singleChoice',
        label: { sv: 'Välj', en: 'Pick' },
        required: true,
        choices: ['a', 'b', 'c'].map((id) => ({ id, label: { sv: id, en: id } })),
      },
      { id: 'rating', type: 'rating', label: { sv: 'Betyg', en: 'Rating' }, required: true },
    ],
    sendAt: '2026-02-10T12:00',
    dueAt: '2026-12-20T17:00',
    reminders: [],
    visibility: i % 3 === 0 ? 'anonymous' : 'cohort',
  }));
  await repos.programmes.save(programme, sessions, prompts);

  const person = (n: number): PersonRef => ({
    tenantId: DEV_TENANT_ID,
    objectId: `00000000-0000-0000-0000-${String(100000 + n).padStart(12, '0')}`,
  });
  const coordinator = person(0);
  const enrolments: Enrolment[] = [
    {
      programmeId: PROGRAMME_ID,
      role: 'coordinator',
      displayName: 'Samordnare',
      person: coordinator,
      source: 'roster',
      enrolledAt: '2026-01-01T00:00:00Z',
    },
    ...Array.from({ length: participantCount }, (_, i): Enrolment => ({
      programmeId: PROGRAMME_ID,
      role: 'participant',
      displayName: `Deltagare ${i + 1}`,
      department: i < 3 ? 'tiny' : DEPARTMENTS[i % (DEPARTMENTS.length - 1)],
      person: person(i + 1),
      source: 'roster',
      enrolledAt: '2026-01-01T00:00:00Z',
    })),
  ];
  await inBatches(enrolments, 25, (e) => repos.enrolments.put(e));

  // Answers go in as 100-row transactions straight into the answers table, as the repository would store them.
  const answers = AzureEntityTable.connect(connection, tableName(prefix, 'answers'));
  const batches: (() => Promise<void>)[] = [];
  for (const prompt of prompts) {
    for (let start = 0; start < participantCount; start += 100) {
      const people = Array.from({ length: Math.min(100, participantCount - start) }, (_, k) => person(start + k + 1));
      batches.push(() =>
        answers.submitTransaction(
          people.map((p, k) => ({
            kind: 'create' as const,
            entity: {
              partitionKey: `${PROGRAMME_ID}|${prompt.id}`,
              rowKey: personPart(p),
              properties: toColumns({
                programmeId: PROGRAMME_ID,
                promptId: prompt.id,
                person: p,
                answers: { text: answerText(start + k), pick: ['a', 'b', 'c'][(start + k) % 3], rating: ((start + k) % 5) + 1 },
                createdAt: '2026-03-01T10:00:00.000Z',
                editedAt: '2026-03-01T10:00:00.000Z',
              }),
            },
          })),
        ),
      );
    }
  }
  await inBatches(batches, 10, (batch) => batch());
  return { prompts, coordinator };
}

const WORDS = [
  'innovation',
  'samarbete',
  'tid',
  'invånare',
  'test',
  'idé',
  'behov',
  'ledarskap',
  'kultur',
  'förändring',
  'digital',
  'lärande',
];
function answerText(n: number): string {
  return Array.from({ length: 30 }, (_, i) => WORDS[(n * 7 + i * 3) % WORDS.length]).join(' ');
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
