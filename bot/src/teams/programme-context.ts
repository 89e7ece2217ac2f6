import type { PersonRef } from '../domain/identity';
import type { Enrolment, Programme, Prompt, Session } from '../domain/model';
import { nextSession } from '../domain/rules';
import { localToInstant } from '../domain/time';
import type { Repositories } from '../storage/repositories';

/** The programme a person's replies are about, loaded with its sessions and prompts. */
export interface ProgrammeContext {
  programme: Programme;
  sessions: Session[];
  prompts: Prompt[];
  enrolment: Enrolment;
  nextSession?: Session;
}

/**
 * A person may be on several programmes: the current one is the one whose
 * next session comes first; when all are over, the latest enrolment.
 */
export async function currentProgramme(repos: Repositories, person: PersonRef, now: Date): Promise<ProgrammeContext | undefined> {
  const enrolments = await repos.enrolments.listByPerson(person);
  const loaded = await Promise.all(
    enrolments.map(async (enrolment) => {
      const data = await repos.programmes.load(enrolment.programmeId);
      if (!data) return undefined;
      const next = nextSession(data.sessions, data.programme.timeZone, now);
      const context: ProgrammeContext = { ...data, enrolment, nextSession: next };
      return context;
    }),
  );
  const candidates = loaded.filter((c): c is ProgrammeContext => c !== undefined);
  const startOf = (c: ProgrammeContext) =>
    c.nextSession ? localToInstant(c.nextSession.start, c.programme.timeZone).toMillis() : Infinity;
  candidates.sort((a, b) => startOf(a) - startOf(b) || b.enrolment.enrolledAt.localeCompare(a.enrolment.enrolledAt));
  return candidates[0];
}
