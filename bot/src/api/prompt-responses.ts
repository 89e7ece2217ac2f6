import { revealsAuthor } from '../auth/access';
import { personKey } from '../domain/identity';
import type { AnswerSet, Enrolment, Prompt } from '../domain/model';
import { anonymousOrder } from '../reports/anonymous-order';
import { largeEnough } from '../reports/min-group';
import { summarizeQuestions } from '../reports/question-summaries';
import { promptView } from './api-views';
import type { PromptResponses, ResponseRow } from './contract';
import type { ResponsesFilter } from './responses-filter';

export interface PromptResponsesInput {
  prompt: Prompt;
  answers: readonly AnswerSet[];
  /** The whole roster, by person key, and its participants. */
  people: Map<string, Enrolment>;
  participants: readonly Enrolment[];
  filter: ResponsesFilter;
  zone: string;
  now: Date;
  minGroupSize: number;
}

/**
 * One prompt's answers for facilitators and coordinators. Named prompts: one
 * row per answer with who and when, plus one per participant who has not
 * answered. Anonymous prompts: answers without who or when, in content
 * order, no list of who has not answered, and nothing at all for a
 * department smaller than the minimum group size.
 */
export function promptResponses(input: PromptResponsesInput): PromptResponses {
  const { prompt, filter, people } = input;
  const named = revealsAuthor(prompt);
  const inDepartment = (e: Enrolment | undefined) => filter.department === undefined || e?.department === filter.department;
  const participants = input.participants.filter(inDepartment);
  const answers = input.answers.filter((a) => inDepartment(people.get(personKey(a.person))));
  const answeredBy = new Set(answers.map((a) => personKey(a.person)));
  const answeredParticipants = participants.filter((p) => p.person && answeredBy.has(personKey(p.person))).length;
  const base = { ...promptView(prompt, input.zone, input.now), expected: participants.length, answered: answeredParticipants };

  if (!named && filter.department !== undefined && !largeEnough(participants.length, input.minGroupSize)) {
    return { ...base, rows: [], summaries: [], withheld: 'smallGroup' };
  }
  const rows: ResponseRow[] = [];
  if (filter.answered !== false) {
    for (const answer of named ? answers : anonymousOrder(answers)) {
      if (!named) {
        rows.push({ answered: true, answers: answer.answers });
        continue;
      }
      const who = people.get(personKey(answer.person));
      rows.push({
        respondent: { displayName: who?.displayName ?? '', department: who?.department },
        answered: true,
        answers: answer.answers,
        answeredAt: answer.editedAt,
      });
    }
  }
  if (filter.answered !== true && named) {
    for (const p of participants) {
      if (p.person && answeredBy.has(personKey(p.person))) continue;
      rows.push({ respondent: { displayName: p.displayName, department: p.department }, answered: false });
    }
  }
  return { ...base, rows, summaries: summarizeQuestions(prompt.questions, answers) };
}
