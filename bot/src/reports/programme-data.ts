import { personKey } from '../domain/identity';
import type { AnswerSet, Enrolment, Programme, Prompt, Session } from '../domain/model';
import type { AnswerRepository, EnrolmentRepository, ProgrammeRepository } from '../storage/repositories';

/** Everything the reports of one programme read: one programme partition, one enrolment partition, one answer partition per prompt. */
export interface ProgrammeData {
  programme: Programme;
  sessions: Session[];
  prompts: Prompt[];
  enrolments: Enrolment[];
  answersByPrompt: Map<string, AnswerSet[]>;
}

export interface ProgrammeDataSources {
  programmes: Pick<ProgrammeRepository, 'load'>;
  enrolments: Pick<EnrolmentRepository, 'listByProgramme'>;
  answers: Pick<AnswerRepository, 'listByPrompt'>;
}

/**
 * Reads a programme with its roster and answers; `prompts` holds only the
 * prompts `promptFilter` selects, and only their answers are read. The programme and the
 * roster are read in parallel; then every prompt's answer partition, all in
 * parallel. Undefined if the programme does not exist.
 */
export async function loadProgrammeData(
  sources: ProgrammeDataSources,
  programmeId: string,
  promptFilter: (prompt: Prompt) => boolean = () => true,
): Promise<ProgrammeData | undefined> {
  const [loaded, enrolments] = await Promise.all([sources.programmes.load(programmeId), sources.enrolments.listByProgramme(programmeId)]);
  if (!loaded) return undefined;
  const prompts = loaded.prompts.filter(promptFilter);
  const lists = await Promise.all(prompts.map((prompt) => sources.answers.listByPrompt(programmeId, prompt.id)));
  return { ...loaded, prompts, enrolments, answersByPrompt: new Map(prompts.map((prompt, i) => [prompt.id, lists[i]])) };
}

/** Enrolments of people the app knows (matched to a tenant + object id), by person key. */
export function enrolmentsByPerson(enrolments: readonly Enrolment[]): Map<string, Enrolment> {
  const map = new Map<string, Enrolment>();
  for (const enrolment of enrolments) if (enrolment.person) map.set(personKey(enrolment.person), enrolment);
  return map;
}
