import type { TurnContext } from 'botbuilder';
import { buildJoinedCard, buildJoinFailedCard, toSessionView, type AdaptiveCard } from '../cards';
import { isAppError } from '../errors';
import { localize } from '../domain/locale';
import type { Programme } from '../domain/model';
import { nextSession } from '../domain/rules';
import type { ProgrammeBotDeps } from './bot-deps';
import { isPlausibleJoinCode } from './commands';
import type { Sender } from './turn-state';

/**
 * `gå med KOD` / `join CODE`: enrols the sender as a participant of the
 * programme with that join code, by tenant + object id. Idempotent: someone
 * already on the programme (in any role) keeps their enrolment.
 */
export async function joinByCode(context: TurnContext, deps: ProgrammeBotDeps, sender: Sender, code: string): Promise<AdaptiveCard> {
  const { person, locale } = sender;
  if (!person) return buildJoinFailedCard({ locale, reason: 'noIdentity' });

  const programme = await findProgramme(deps, code);
  if (!programme) {
    deps.logger.child('join').info('join code did not match a programme');
    return buildJoinFailedCard({ locale, reason: 'unknownCode', code });
  }

  const now = deps.clock();
  const existing = (await deps.repos.enrolments.listByPerson(person)).find((e) => e.programmeId === programme.id);
  if (!existing) {
    const stored = await deps.repos.people.get(person);
    const displayName = stored?.displayName || context.activity.from?.name || '';
    if (!stored) await deps.repos.people.put({ ...person, displayName, locale });
    await deps.repos.enrolments.put({
      programmeId: programme.id,
      role: 'participant',
      displayName,
      department: stored?.department,
      person: { tenantId: person.tenantId, objectId: person.objectId },
      source: 'joinCode',
      enrolledAt: now.toISOString(),
    });
    deps.logger.child('join').info({ programmeId: programme.id }, 'enrolled by join code');
  }

  const loaded = await deps.repos.programmes.load(programme.id);
  const next = loaded && nextSession(loaded.sessions, programme.timeZone, now);
  return buildJoinedCard({
    locale,
    programmeName: localize(programme.name, locale),
    alreadyEnrolled: existing !== undefined,
    nextSession: next && toSessionView(next, programme.timeZone, locale),
  });
}

async function findProgramme(deps: ProgrammeBotDeps, code: string): Promise<Programme | undefined> {
  if (!isPlausibleJoinCode(code)) return undefined;
  try {
    return await deps.repos.programmes.findByJoinCode(code);
  } catch (err) {
    if (isAppError(err, 'STORAGE_INVALID_KEY')) return undefined;
    throw err;
  }
}
