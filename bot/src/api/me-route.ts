import type { Locale } from '../domain/locale';
import type { ApiDeps } from './api-deps';
import { authenticatedRoute } from './authenticated-route';
import type { MeEnrolment, MeResponse } from './contract';
import { json, type ApiRoute } from './routes';

/** GET /api/me: who the token says I am, and my programmes with my role in each. */
export function meRoute(deps: ApiDeps): ApiRoute {
  const { repos } = deps;
  return authenticatedRoute(deps.auth.validator, 'GET', '/api/me', async ({ person }) => {
    const [profile, enrolments] = await Promise.all([repos.people.get(person), repos.enrolments.listByPerson(person)]);
    const programmes = await Promise.all(enrolments.map((e) => repos.programmes.get(e.programmeId)));
    const mine: MeEnrolment[] = enrolments.flatMap((enrolment, i) => {
      const programme = programmes[i];
      return programme
        ? [{ programmeId: programme.id, programmeName: programme.name, role: enrolment.role, department: enrolment.department }]
        : [];
    });
    const locale: Locale = profile?.languagePreference ?? profile?.locale ?? enrolments.find((e) => e.language)?.language ?? 'sv';
    const body: MeResponse = {
      person: { displayName: profile?.displayName ?? enrolments[0]?.displayName ?? '', locale },
      enrolments: mine,
    };
    return json(200, body);
  });
}
