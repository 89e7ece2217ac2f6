import { TeamsInfo, type TeamsChannelAccount, type TurnContext } from 'botbuilder';
import { normalizeEmail, samePerson, type PersonRef } from '../domain/identity';
import type { Locale } from '../domain/locale';
import type { Enrolment } from '../domain/model';
import type { ProgrammeBotDeps } from './bot-deps';
import { errorSummary } from './error-summary';

/**
 * Teams' member look-up gives the person's e-mail and UPN; roster
 * enrolments waiting for either are bound to the person (tenant + object
 * id). The e-mail only finds the roster row: identity stays the object id.
 * Also stores the Person (display name, department, locale).
 */
export async function matchRoster(context: TurnContext, deps: ProgrammeBotDeps, person: PersonRef, locale: Locale): Promise<Enrolment[]> {
  const logger = deps.logger.child('roster-match');
  const member = await lookUpMember(context, deps);
  const emails = [
    ...new Set([member?.email, member?.userPrincipalName].filter((e): e is string => !!e?.includes('@')).map(normalizeEmail)),
  ];

  const matched: Enrolment[] = [];
  const newlyBound: string[] = [];
  for (const email of emails) {
    for (const enrolment of await deps.repos.enrolments.listByEmail(email)) {
      if (enrolment.person && !samePerson(enrolment.person, person)) {
        logger.warn({ programmeId: enrolment.programmeId }, 'roster e-mail is already bound to another person; left as it is');
        continue;
      }
      const bound = enrolment.person ? enrolment : await deps.repos.enrolments.matchEmail(enrolment.programmeId, email, person);
      if (bound && !enrolment.person) newlyBound.push(bound.programmeId);
      if (bound && !matched.some((m) => m.programmeId === bound.programmeId)) matched.push(bound);
    }
  }

  const existing = await deps.repos.people.get(person);
  const languagePreference = existing?.languagePreference ?? matched.find((e) => e.language)?.language;
  await deps.repos.people.put({
    tenantId: person.tenantId,
    objectId: person.objectId,
    displayName: member?.name || existing?.displayName || context.activity.from?.name || matched[0]?.displayName || '',
    department: existing?.department ?? matched.find((e) => e.department)?.department,
    locale: languagePreference ?? locale,
    ...(languagePreference ? { languagePreference } : {}),
  });
  if (newlyBound.length > 0) logger.info({ programmes: newlyBound }, 'roster enrolments bound to the person');
  return matched;
}

async function lookUpMember(context: TurnContext, deps: ProgrammeBotDeps): Promise<TeamsChannelAccount | undefined> {
  try {
    return await TeamsInfo.getMember(context, context.activity.from.id);
  } catch (err) {
    deps.logger.child('roster-match').warn({ err: errorSummary(err) }, 'Teams member look-up failed; roster not matched this time');
    return undefined;
  }
}
