import { personKey, type PersonRef } from '../domain/identity';
import type { Locale } from '../domain/locale';
import type { StoredConversation } from '../domain/model';
import type { Repositories } from '../storage/repositories';
import type { ProgrammeSnapshot } from './programme-snapshot';

/**
 * The language to write to a person in: their stored profile's (which
 * follows their own choice, else their Teams client), else their roster
 * row's, else their chat's, else the programme's default.
 */
export async function recipientLocale(
  repos: Repositories,
  person: PersonRef,
  conversation: StoredConversation,
  snapshot: ProgrammeSnapshot,
): Promise<Locale> {
  const profile = await repos.people.get(person);
  if (profile?.locale) return profile.locale;
  const key = personKey(person);
  const enrolment = snapshot.enrolments.find((e) => e.person && personKey(e.person) === key);
  return enrolment?.language ?? conversation.locale ?? snapshot.programme.defaultLocale;
}
