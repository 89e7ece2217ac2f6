import type { Enrolment, Programme, Prompt, Session } from '../domain/model';

/** One programme as loaded for a scheduler pass or a send: what rendering and locale choice need. */
export interface ProgrammeSnapshot {
  programme: Programme;
  sessions: Session[];
  prompts: Prompt[];
  enrolments: Enrolment[];
}
