import type { AnswerSet, Programme, Prompt, Question, Session } from '../domain/model';
import { sessionStatus } from '../domain/rules';
import { toApiTime } from '../reports/api-time';
import { promptStatus } from '../reports/prompt-status';
import type { ApiPromptSummary, ApiQuestion, ApiSession, MyAnswer, ProgrammeResponse } from './contract';

/** Domain objects as the contract shows them. Pure. */
export function programmeView(programme: Programme): ProgrammeResponse['programme'] {
  const { id, name, description, defaultLocale, timeZone, departments } = programme;
  return { id, name, description, defaultLocale, timeZone, departments };
}

export function sessionView(session: Session, zone: string, now: Date): ApiSession {
  const day = session.start.slice(0, 10);
  return {
    number: session.number,
    title: session.title,
    start: toApiTime(session.start, zone),
    end: toApiTime(session.end, zone),
    status: sessionStatus(session, zone, now),
    joinUrl: session.joinUrl,
    materials: session.materials,
    agenda: session.agenda.map((item) => ({
      start: item.start,
      startsAt: toApiTime(`${day}T${item.start}`, zone).at,
      durationMinutes: item.durationMinutes,
      title: item.title,
      description: item.description,
      lead: item.lead,
    })),
  };
}

export function questionView(question: Question): ApiQuestion {
  const { id, type, label, required, maxLength, choices } = question;
  return { id, type, label, required, maxLength, choices };
}

export function promptView(prompt: Prompt, zone: string, now: Date): ApiPromptSummary {
  return {
    id: prompt.id,
    kind: prompt.kind,
    afterSession: prompt.afterSession,
    title: prompt.title,
    text: prompt.text,
    questions: prompt.questions.map(questionView),
    sendAt: toApiTime(prompt.sendAt, zone),
    dueAt: toApiTime(prompt.dueAt, zone),
    visibility: prompt.visibility,
    status: promptStatus(prompt, zone, now),
  };
}

export function myAnswerView(answer: AnswerSet): MyAnswer {
  return { answers: answer.answers, createdAt: answer.createdAt, editedAt: answer.editedAt, version: answer.version ?? '' };
}
