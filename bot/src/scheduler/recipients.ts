import type { DeliveryKind } from '../domain/delivery';
import { personKey, type PersonRef } from '../domain/identity';
import type { Enrolment, Role } from '../domain/model';

/**
 * Who gets what. Prompts (reflection, feedback, invitation) and their
 * reminders go to participants: they are the ones who answer. The session
 * reminder (time, agenda, link) goes to participants and facilitators, who
 * run the session. Coordinators administer the programme and get no chat
 * messages from the scheduler. Only enrolments matched to a person (tenant
 * + object id) can be messaged; roster rows still waiting for their e-mail
 * to be matched are left out.
 */
export const RECIPIENT_ROLES: Record<DeliveryKind, readonly Role[]> = {
  prompt: ['participant'],
  promptReminder: ['participant'],
  sessionReminder: ['participant', 'facilitator'],
  sessionCatchUp: ['participant'],
};

/** The matched people with one of the roles, once each, in enrolment order. */
export function recipientsFor(enrolments: readonly Enrolment[], kind: DeliveryKind): PersonRef[] {
  const roles = RECIPIENT_ROLES[kind];
  const seen = new Set<string>();
  const people: PersonRef[] = [];
  for (const enrolment of enrolments) {
    if (!enrolment.person || !roles.includes(enrolment.role)) continue;
    const key = personKey(enrolment.person);
    if (seen.has(key)) continue;
    seen.add(key);
    people.push({ tenantId: enrolment.person.tenantId, objectId: enrolment.person.objectId });
  }
  return people;
}
