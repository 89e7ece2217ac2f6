import { createTokenValidator } from '../../bot/src/auth/token-validator';
import { createTokenFactory, TEST_CLIENT_ID, TEST_DOMAIN, TEST_TENANT, type TokenFactory } from '../../bot/src/auth/testing/token-factory';
import type { DevIssuer } from '../../bot/src/auth/dev-issuer';
import { createApiRoutes } from '../../bot/src/api/create-api-routes';
import type { ApiRequest, ApiRoute, HttpMethod } from '../../bot/src/api/routes';
import type { PersonRef } from '../../bot/src/domain/identity';
import type { AnswerSet, Enrolment, Programme, Prompt, Role, Session } from '../../bot/src/domain/model';
import { silentLogger } from '../../bot/src/logger';
import { createInMemoryRepositories } from '../../bot/src/storage';
import type { Repositories } from '../../bot/src/storage/repositories';
import { errorResult, findRoute } from './in-process-routes';

/**
 * Two programmes and their people, the API's routes over in-memory (or
 * given) repositories, and a token factory whose key pair the validator
 * trusts. Times: `NOW` lies after the first prompts were sent and before
 * the later ones.
 */
export const NOW = new Date('2026-03-12T10:00:00.000Z');

export const who = (n: number): PersonRef => ({
  tenantId: TEST_TENANT,
  objectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
});

export const PEOPLE = {
  p1: who(1),
  p2: who(2),
  p3: who(3),
  facilitator: who(20),
  coordinator: who(21),
  betaCoordinator: who(22),
  betaParticipant: who(30),
  stranger: who(99),
};

const programme = (id: string): Programme => ({
  id,
  name: { sv: `Program ${id}`, en: `Programme ${id}` },
  defaultLocale: 'sv',
  timeZone: 'Europe/Stockholm',
  joinCode: `JOIN${id.toUpperCase()}`,
  departments: [
    { id: 'big', name: { sv: 'Stora', en: 'Big' } },
    { id: 'small', name: { sv: 'Lilla', en: 'Small' } },
  ],
});

const session = (programmeId: string, number: number): Session => ({
  programmeId,
  number,
  title: { sv: `Träff ${number}`, en: `Session ${number}` },
  start: `2026-03-${number === 1 ? '05' : '25'}T09:00`,
  end: `2026-03-${number === 1 ? '05' : '25'}T12:00`,
  joinUrl: 'https://example.org/meet',
  materials: [{ title: { sv: 'Bilder', en: 'Slides' }, url: 'https://example.org/slides.pdf' }],
  agenda: [{ start: '09:00', durationMinutes: 30, title: { sv: 'Start', en: 'Start' } }],
});

const prompt = (programmeId: string, id: string, visibility: Prompt['visibility'], window: { sendAt: string; dueAt: string }): Prompt => ({
  programmeId,
  id,
  kind: 'reflection',
  afterSession: 1,
  title: { sv: `Uppgift ${id}`, en: `Assignment ${id}` },
  text: { sv: 'Vad tar du med dig?', en: 'What do you take with you?' },
  questions: [
    { id: 'text', type: 'longText', label: { sv: 'Svar', en: 'Answer' }, required: true, maxLength: 500 },
    { id: 'rating', type: 'rating', label: { sv: 'Betyg', en: 'Rating' }, required: false },
  ],
  reminders: [],
  visibility,
  ...window,
});

const OPEN = { sendAt: '2026-03-05T12:00', dueAt: '2026-03-20T17:00' };
const CLOSED = { sendAt: '2026-03-05T12:00', dueAt: '2026-03-10T17:00' };
const LATER = { sendAt: '2026-04-01T12:00', dueAt: '2026-04-10T17:00' };

export const PROMPTS = {
  cohort: prompt('alpha', 'cohort', 'cohort', OPEN),
  anonymous: prompt('alpha', 'anonymous', 'anonymous', OPEN),
  private: prompt('alpha', 'private', 'private', OPEN),
  closed: prompt('alpha', 'closed', 'cohort', CLOSED),
  later: prompt('alpha', 'later', 'cohort', LATER),
};

const enrol = (programmeId: string, person: PersonRef, role: Role, displayName: string, department?: string): Enrolment => ({
  programmeId,
  role,
  displayName,
  department,
  person,
  source: 'roster',
  enrolledAt: '2026-03-01T08:00:00.000Z',
});

/** Wide enough for every audit row the tests write. */
export const AUDIT_RANGE = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') };

export const SECRET = 'private-words-of-p1';
export const ANONYMOUS_TEXT = 'anonymous-words-of-p3';

const answer = (person: PersonRef, promptId: string, text: string, rating?: number): AnswerSet => ({
  programmeId: 'alpha',
  promptId,
  person,
  answers: rating === undefined ? { text } : { text, rating },
  createdAt: '2026-03-06T08:00:00.000Z',
  editedAt: '2026-03-06T08:00:00.000Z',
});

/** Writes both programmes, their rosters and some answers. */
export async function seed(repos: Repositories): Promise<void> {
  await repos.programmes.save(programme('alpha'), [session('alpha', 1), session('alpha', 2)], Object.values(PROMPTS));
  await repos.programmes.save(programme('beta'), [session('beta', 1)], [prompt('beta', 'beta-cohort', 'cohort', OPEN)]);
  const roster = [
    enrol('alpha', PEOPLE.p1, 'participant', 'Pia Ett', 'big'),
    enrol('alpha', PEOPLE.p2, 'participant', 'Per Två', 'big'),
    enrol('alpha', PEOPLE.p3, 'participant', 'Pål Tre', 'small'),
    ...[4, 5, 6, 7].map((n) => enrol('alpha', who(n), 'participant', `Deltagare ${n}`, 'big')),
    enrol('alpha', PEOPLE.facilitator, 'facilitator', 'Fia Handledare'),
    enrol('alpha', PEOPLE.coordinator, 'coordinator', 'Cecilia Samordnare'),
    enrol('beta', PEOPLE.betaCoordinator, 'coordinator', 'Bertil Samordnare'),
    enrol('beta', PEOPLE.betaParticipant, 'participant', 'Beata Deltagare'),
  ];
  for (const e of roster) await repos.enrolments.put(e);
  await repos.answers.create(answer(PEOPLE.p1, 'private', SECRET));
  await repos.answers.create(answer(PEOPLE.p1, 'cohort', 'Pia delar med sig', 4));
  await repos.answers.create(answer(PEOPLE.p2, 'cohort', 'Per delar också', 3));
  await repos.answers.create(answer(PEOPLE.p3, 'anonymous', ANONYMOUS_TEXT, 2));
  await repos.answers.create(answer(PEOPLE.p2, 'anonymous', 'another anonymous answer', 5));
}

/**
 * P1's personal chat with the bot (`a:p1`) and, for each `[promptId, activityId]`,
 * a prompt card sent there in programme alpha: what erasure deletes at the connector.
 */
export async function seedPostedPrompts(repos: Repositories, posted: Array<[promptId: string, activityId: string]>): Promise<void> {
  await repos.conversations.save({
    person: PEOPLE.p1,
    serviceUrl: 'http://127.0.0.1:1/',
    conversationId: 'a:p1',
    channelId: 'msteams',
    botId: '28:bot',
    userId: '29:p1',
    locale: 'sv',
    updatedAt: NOW.toISOString(),
  });
  for (const [promptId, activityId] of posted) {
    await repos.deliveries.create({
      programmeId: 'alpha',
      kind: 'prompt',
      subject: { type: 'prompt', promptId },
      person: PEOPLE.p1,
      state: 'sent',
      scheduledAt: NOW.toISOString(),
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      attempts: 1,
      activityId,
      conversationId: 'a:p1',
    });
  }
}

export interface ApiHarness {
  repos: Repositories;
  routes: ApiRoute[];
  tokens: TokenFactory;
  tokenFor(person: PersonRef): Promise<string>;
  call(method: HttpMethod, path: string, options?: CallOptions): Promise<CallResult>;
}

export interface CallOptions {
  as?: PersonRef;
  authorization?: string;
  query?: Record<string, string>;
  body?: unknown;
  acceptLanguage?: string;
}

export interface CallResult {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  raw?: Buffer | string;
}

export async function apiHarness(options: { repos?: Repositories; devIssuer?: DevIssuer; now?: Date } = {}): Promise<ApiHarness> {
  const repos = options.repos ?? createInMemoryRepositories();
  const tokens = await createTokenFactory();
  const validator = createTokenValidator({
    clientId: TEST_CLIENT_ID,
    domain: TEST_DOMAIN,
    allowedTenantIds: [TEST_TENANT],
    signingKeys: async () => tokens.keys,
    production: !options.devIssuer,
    devIssuer: options.devIssuer,
  });
  const clock = () => options.now ?? NOW;
  const routes = createApiRoutes({ repos, clock, logger: silentLogger(), auth: { validator, devIssuer: options.devIssuer } });
  const tokenFor = (person: PersonRef) => tokens.sign({ oid: person.objectId, tid: person.tenantId });

  const call = async (method: HttpMethod, path: string, opts: CallOptions = {}): Promise<CallResult> => {
    const match = findRoute(routes, method, path);
    if (!match) throw new Error(`no route ${method} ${path}`);
    const authorization = opts.authorization ?? (opts.as ? `Bearer ${await tokenFor(opts.as)}` : undefined);
    const req: ApiRequest = {
      method,
      path,
      params: match.params,
      query: opts.query ?? {},
      headers: { authorization, 'accept-language': opts.acceptLanguage },
      body: opts.body,
    };
    try {
      const result = await match.route.handler(req);
      return { status: result.status, body: result.body, headers: result.headers ?? {}, raw: result.raw };
    } catch (err) {
      return errorResult(err, { acceptLanguage: opts.acceptLanguage });
    }
  };
  return { repos, routes, tokens, tokenFor, call };
}
