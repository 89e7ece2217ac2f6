import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../../bot/src/app';
import { loadConfig } from '../../../bot/src/config';
import { silentLogger } from '../../../bot/src/logger';
import { importProgramme } from '../../../bot/src/programme-file/import-programme';
import type { AnswerValue } from '../../../bot/src/domain/model';
import type { PersonRef } from '../../../bot/src/domain/identity';
import type { DevPeopleResponse, DevTokenResponse } from '../../../bot/src/api/contract';

const ROOT = join(__dirname, '..', '..', '..');
export const DEMO_PROGRAMME_ID = 'innovation-training';
const TENANT = '00000000-0000-0000-0000-0000000000001';

/** Colleagues from the demo roster, bound to made-up object ids as if they had installed the app. */
const COLLEAGUES = [
  'sara.lindqvist@example.com',
  'mikael.holm@example.com',
  'johan.berg@example.com',
  'elin.sjoberg@example.com',
  'fatima.hassan@example.com',
  'annika.strand@example.com',
  'maria.karlsson@example.com',
  'karin.ek@example.com',
];

const REFLECTIONS: { example: string; novelty: string; rating: number }[] = [
  { example: 'Digitala bokningar av lokaler för föreningar, så att invånare slipper ringa och vänta.', novelty: 'new-to-us', rating: 4 },
  {
    example: 'Hembesök planeras på papper. Ett gemensamt digitalt schema vore nytt för oss och sparar tid för invånare.',
    novelty: 'new-to-us',
    rating: 3,
  },
  { example: 'Invånardialog om parker med en enkel karta i mobilen i stället för möten på kvällstid.', novelty: 'new-to-all', rating: 5 },
  {
    example: 'Ansökan om bistånd kräver samma uppgifter flera gånger. Invånare borde bara lämna dem en gång.',
    novelty: 'improvement',
    rating: 4,
  },
  { example: 'Schemat för hemtjänsten kunde byggas tillsammans med invånare och personal.', novelty: 'new-to-us', rating: 2 },
  {
    example: 'Skolskjuts planeras manuellt varje termin; en digital tjänst för invånare och skolor vore nytt.',
    novelty: 'unsure',
    rating: 3,
  },
  { example: 'Biblioteket som mötesplats för digital hjälp till äldre invånare.', novelty: 'new-to-us', rating: 4 },
  { example: 'Bygglov: en digital guide som visar invånare vad som krävs innan de ansöker.', novelty: 'improvement', rating: 3 },
];

export interface DemoApp {
  url: string;
  app: RunningApp;
  people: DevPeopleResponse['people'];
  /** A development-issuer token for one demo person (what Teams SSO would return). */
  tokenFor(displayName: string): Promise<string>;
  objectIdOf(displayName: string): string;
  close(): Promise<void>;
}

/**
 * The real app on loopback: Table Storage on Azurite (a unique table prefix),
 * the demo programme imported now, colleagues' answers to the first
 * reflection and the first feedback, and the built tab served from `tabDir`.
 */
export async function startDemoApp(tabDir: string): Promise<DemoApp> {
  const config = loadConfig({
    envDir: join(ROOT, 'env'),
    environment: {
      NODE_ENV: 'test',
      PORT: '0',
      STORAGE_CONNECTION_STRING: process.env.TEST_STORAGE_CONNECTION_STRING,
      TABLE_PREFIX: `tab${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`,
    },
  });
  const app = await startApp({ config, logger: silentLogger(), tabDir });
  const now = new Date();
  const file = join(ROOT, 'programmes', 'innovation-training.yaml');
  await importProgramme(app.repos, readFileSync(file, 'utf8'), { now, fileName: file });
  await seedAnswers(app, now);

  const peopleRes = await fetch(`${app.url}/api/dev-auth/people`);
  if (!peopleRes.ok) throw new Error(`GET /api/dev-auth/people answered ${peopleRes.status}`);
  const { people } = (await peopleRes.json()) as DevPeopleResponse;
  const objectIdOf = (displayName: string) => {
    const person = people.find((p) => p.displayName === displayName);
    if (!person) throw new Error(`no demo person ${displayName}`);
    return person.objectId;
  };

  return {
    url: app.url,
    app,
    people,
    objectIdOf,
    async tokenFor(displayName) {
      const res = await fetch(`${app.url}/api/dev-auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ objectId: objectIdOf(displayName) }),
      });
      if (!res.ok) throw new Error(`POST /api/dev-auth/token answered ${res.status}`);
      return ((await res.json()) as DevTokenResponse).accessToken;
    },
    close: () => app.close(),
  };
}

async function seedAnswers(app: RunningApp, now: Date): Promise<void> {
  const at = now.toISOString();
  const people: PersonRef[] = [];
  for (const [i, email] of COLLEAGUES.entries()) {
    const person = { tenantId: TENANT, objectId: `00000000-0000-0000-0000-0000000001${String(i).padStart(2, '0')}` };
    await app.repos.enrolments.matchEmail(DEMO_PROGRAMME_ID, email, person);
    people.push(person);
  }
  const answer = (promptId: string, person: PersonRef, answers: Record<string, AnswerValue>) =>
    app.repos.answers.create({ programmeId: DEMO_PROGRAMME_ID, promptId, person, answers, createdAt: at, editedAt: at });

  await Promise.all(
    people.map((person, i) =>
      answer('reflection-1', person, {
        example: REFLECTIONS[i].example,
        novelty: REFLECTIONS[i].novelty,
        'someone-elses-job': REFLECTIONS[i].rating,
      }),
    ),
  );
  await Promise.all(
    people.slice(0, 6).map((person, i) =>
      answer('feedback-1', person, {
        rating: [5, 4, 4, 3, 5, 4][i],
        comment: ['Mer tid för grupparbete', 'Bra exempel', '', 'Mer tid för samtal', 'Bra blandning av förvaltningar', ''][i],
      }),
    ),
  );
}
