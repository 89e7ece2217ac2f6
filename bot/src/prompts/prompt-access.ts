import type { PersonRef } from '../domain/identity';
import type { Programme, Prompt, Session } from '../domain/model';
import type { EnrolmentRepository } from '../storage/repositories';
import { directEnrolmentCheck, type EnrolmentCheck } from './enrolment-check';
import type { ProgrammeCatalog } from './programme-catalog';

/** A prompt with what its cards show around it. */
export interface PromptContext {
  programme: Programme;
  prompt: Prompt;
  /** The session the prompt follows, when the programme has it. */
  session?: Session;
}

export type PromptAccess = { kind: 'ok'; context: PromptContext } | { kind: 'notFound' } | { kind: 'notEnrolled' };

/** How enrolment is checked: a check (e.g. `cachedEnrolmentCheck`), or the repository's per-person read. */
export type PromptAccessDeps = { catalog: ProgrammeCatalog } & (
  | { enrolment: EnrolmentCheck; enrolments?: Pick<EnrolmentRepository, 'listByPerson'> }
  | { enrolment?: undefined; enrolments: Pick<EnrolmentRepository, 'listByPerson'> }
);

/**
 * May this person see and answer this prompt? The prompt must exist and
 * belong to a programme the person is enrolled in. The programme and the
 * enrolment are read in parallel.
 */
export async function promptAccess(
  deps: PromptAccessDeps,
  person: PersonRef,
  programmeId: string,
  promptId: string,
): Promise<PromptAccess> {
  const [loaded, enrolled] = await Promise.all([deps.catalog.load(programmeId), enrolmentCheckOf(deps).isEnrolled(person, programmeId)]);
  const prompt = loaded?.prompts.find((p) => p.id === promptId);
  if (!loaded || !prompt) return { kind: 'notFound' };
  if (!enrolled) return { kind: 'notEnrolled' };
  const session = loaded.sessions.find((s) => s.number === prompt.afterSession);
  return { kind: 'ok', context: { programme: loaded.programme, prompt, session } };
}

function enrolmentCheckOf(deps: PromptAccessDeps): EnrolmentCheck {
  return deps.enrolment ?? directEnrolmentCheck(deps.enrolments);
}
