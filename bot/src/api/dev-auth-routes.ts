import { z } from 'zod';
import { DEV_AUTH_PATH, type DevIssuer } from '../auth/dev-issuer';
import { DEV_PEOPLE, type DevPersonSeed } from '../auth/dev-people';
import type { PersonRef } from '../domain/identity';
import { AppError } from '../errors';
import type { EnrolmentRepository } from '../storage/repositories';
import type { DevPeopleResponse, DevPerson, DevTokenResponse } from './contract';
import { json, type ApiRoute } from './routes';

const tokenBody = z.object({ objectId: z.string().min(1).max(64) }).strict();

/**
 * The development issuer's endpoints (never registered in production: there
 * is no issuer to pass). Signing in as a demo person binds their roster
 * enrolments to the Playground's object id for their e-mail, exactly as the
 * bot does when Teams' member lookup returns that e-mail; from then on the
 * API knows them by tenant + object id only, like everyone else.
 */
export function devAuthRoutes(
  issuer: DevIssuer,
  enrolments: EnrolmentRepository,
  people: readonly DevPersonSeed[] = DEV_PEOPLE,
): ApiRoute[] {
  return [
    {
      method: 'GET',
      path: `${DEV_AUTH_PATH}/.well-known/openid-configuration`,
      handler: async (req) => json(200, issuer.openIdConfiguration(`http://${req.headers.host ?? 'localhost'}`)),
    },
    { method: 'GET', path: `${DEV_AUTH_PATH}/jwks`, handler: async () => json(200, issuer.jwks()) },
    {
      method: 'GET',
      path: `${DEV_AUTH_PATH}/people`,
      handler: async () => {
        const body: DevPeopleResponse = { people: await Promise.all(people.map((p) => describe(p, enrolments))) };
        return json(200, body);
      },
    },
    {
      method: 'POST',
      path: `${DEV_AUTH_PATH}/token`,
      handler: async (req) => {
        const parsed = tokenBody.safeParse(req.body);
        if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'body must be { objectId }');
        const seed = people.find((p) => p.objectId.toLowerCase() === parsed.data.objectId.toLowerCase());
        if (!seed) throw new AppError('NOT_FOUND', 'not a demo person');
        const person: PersonRef = { tenantId: seed.tenantId, objectId: seed.objectId };
        await bindRoster(enrolments, seed, person);
        const body: DevTokenResponse = { ...(await issuer.issueToken(person)), tokenType: 'Bearer' };
        return json(200, body);
      },
    },
  ];
}

async function describe(seed: DevPersonSeed, enrolments: EnrolmentRepository): Promise<DevPerson> {
  const person = { tenantId: seed.tenantId, objectId: seed.objectId };
  const [byEmail, byPerson] = await Promise.all([enrolments.listByEmail(seed.email), enrolments.listByPerson(person)]);
  const roles = new Map<string, DevPerson['enrolments'][number]>();
  for (const e of [...byEmail, ...byPerson]) roles.set(e.programmeId, { programmeId: e.programmeId, role: e.role });
  return { ...person, displayName: seed.displayName, email: seed.email, enrolments: [...roles.values()] };
}

/** Matches roster rows waiting for this e-mail to the demo person; rows already matched to someone else are left alone. */
async function bindRoster(enrolments: EnrolmentRepository, seed: DevPersonSeed, person: PersonRef): Promise<void> {
  const waiting = (await enrolments.listByEmail(seed.email)).filter((e) => !e.person);
  await Promise.all(waiting.map((e) => enrolments.matchEmail(e.programmeId, seed.email, person)));
}
