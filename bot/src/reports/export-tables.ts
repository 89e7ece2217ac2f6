import { personKey } from '../domain/identity';
import { localize, type Locale } from '../domain/locale';
import type { AnswerSet, Enrolment, Programme } from '../domain/model';
import { instantToLocal } from '../domain/time';
import { t } from '../i18n';
import { anonymousOrder } from './anonymous-order';
import { answerText } from './answer-text';
import { enrolmentsByPerson, type ProgrammeData } from './programme-data';
import { promptStatus } from './prompt-status';
import type { Cell, DataTable } from './table';

/**
 * The export sheets. Responses: one row per answered question. Participation:
 * one row per participant and sent prompt. Anonymous prompts carry no name,
 * department or time in either, and their answers come in content order.
 */
export function responsesTable(data: ProgrammeData, locale: Locale, now: Date): DataTable {
  const people = enrolmentsByPerson(data.enrolments);
  const zone = data.programme.timeZone;
  const rows: Cell[][] = [];
  for (const prompt of data.prompts) {
    if (promptStatus(prompt, zone, now) === 'upcoming') continue;
    const anonymous = prompt.visibility === 'anonymous';
    const answers = data.answersByPrompt.get(prompt.id) ?? [];
    const ordered = anonymous ? anonymousOrder(answers) : byName(answers, people);
    for (const answer of ordered) {
      const who = anonymous ? undefined : people.get(personKey(answer.person));
      for (const question of prompt.questions) {
        const value = answerText(question, answer.answers[question.id], locale);
        if (value === undefined) continue;
        rows.push([
          prompt.afterSession,
          localize(prompt.title, locale),
          t(locale, `api.export.visibility.${prompt.visibility}`),
          localize(question.label, locale),
          anonymous ? t(locale, 'api.export.anonymous') : who?.displayName,
          anonymous ? undefined : departmentName(data.programme, who?.department, locale),
          anonymous ? undefined : localTime(answer.editedAt, zone),
          value,
        ]);
      }
    }
  }
  const headers = ['session', 'prompt', 'visibility', 'question', 'name', 'department', 'answeredAt', 'answer'].map((key) =>
    t(locale, `api.export.${key}`),
  );
  return { name: t(locale, 'api.export.sheet.responses'), headers, rows };
}

export function participationTable(data: ProgrammeData, locale: Locale, now: Date): DataTable {
  const zone = data.programme.timeZone;
  const participants = data.enrolments
    .filter((e) => e.role === 'participant')
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
  const rows: Cell[][] = [];
  for (const prompt of data.prompts) {
    if (promptStatus(prompt, zone, now) === 'upcoming') continue;
    const answered = new Map((data.answersByPrompt.get(prompt.id) ?? []).map((a) => [personKey(a.person), a]));
    for (const participant of participants) {
      const answer = participant.person ? answered.get(personKey(participant.person)) : undefined;
      rows.push([
        participant.displayName,
        departmentName(data.programme, participant.department, locale),
        prompt.afterSession,
        localize(prompt.title, locale),
        prompt.dueAt.replace('T', ' '),
        t(locale, answer ? 'api.export.yes' : 'api.export.no'),
        answer && prompt.visibility !== 'anonymous' ? localTime(answer.editedAt, zone) : undefined,
      ]);
    }
  }
  const headers = ['name', 'department', 'session', 'prompt', 'dueAt', 'answered', 'answeredAt'].map((key) =>
    t(locale, `api.export.${key}`),
  );
  return { name: t(locale, 'api.export.sheet.participation'), headers, rows };
}

function byName(answers: readonly AnswerSet[], people: Map<string, Enrolment>): AnswerSet[] {
  const name = (a: AnswerSet) => people.get(personKey(a.person))?.displayName ?? '';
  return [...answers].sort((a, b) => name(a).localeCompare(name(b), 'sv'));
}

function departmentName(programme: Programme, id: string | undefined, locale: Locale): string | undefined {
  if (!id) return undefined;
  const department = programme.departments.find((d) => d.id === id);
  return department ? localize(department.name, locale) : id;
}

/** An instant as `2026-12-01 09:00` in the programme's zone. */
function localTime(instant: string, zone: string): string {
  return instantToLocal(instant, zone).replace('T', ' ');
}
