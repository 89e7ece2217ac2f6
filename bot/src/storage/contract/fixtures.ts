import type { PersonRef } from '../../domain/identity';
import type { AnswerSet, Enrolment, Programme, Prompt, Session, StoredConversation } from '../../domain/model';

let counter = 0;
/** A fresh id per call, so tests sharing tables do not see each other's rows. */
export const uniqueId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${++counter}`;

export function personRef(n: number, tenant = '00000000-0000-0000-0000-000000000001'): PersonRef {
  return { tenantId: tenant, objectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}` };
}

export function programme(id: string, overrides: Partial<Programme> = {}): Programme {
  return {
    id,
    name: { sv: 'Innovationsprogrammet', en: 'The innovation programme' },
    defaultLocale: 'sv',
    timeZone: 'Europe/Stockholm',
    departments: [{ id: 'social', name: { sv: 'Socialförvaltningen', en: 'Social services' } }],
    joinCode: `JC${id
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(-8)
      .toUpperCase()}`,
    ...overrides,
  };
}

export function session(programmeId: string, number: number, overrides: Partial<Session> = {}): Session {
  return {
    programmeId,
    number,
    title: { sv: `Träff ${number}`, en: `Session ${number}` },
    start: `2026-0${number}-10T09:00`,
    end: `2026-0${number}-10T12:00`,
    materials: [{ title: { sv: 'Bilder', en: 'Slides' }, url: 'https://example.com/slides' }],
    agenda: [{ start: '09:00', durationMinutes: 30, title: { sv: 'Incheckning', en: 'Check-in' } }],
    ...overrides,
  };
}

export function prompt(programmeId: string, id: string, sendAt: string, overrides: Partial<Prompt> = {}): Prompt {
  return {
    programmeId,
    id,
    kind: 'reflection',
    afterSession: 1,
    title: { sv: 'Reflektion', en: 'Reflection' },
    text: { sv: 'Vad tar du med dig?', en: 'What do you take with you?' },
    questions: [{ id: 'q1', type: 'longText', label: { sv: 'Svar', en: 'Answer' }, required: true, maxLength: 2000 }],
    sendAt,
    dueAt: '2026-12-20T17:00',
    reminders: ['2026-12-18T09:00'],
    visibility: 'cohort',
    ...overrides,
  };
}

export function rosterEnrolment(programmeId: string, email: string, overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    programmeId,
    role: 'participant',
    displayName: 'Alex Wilber',
    email,
    source: 'roster',
    enrolledAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}

export function conversation(person: PersonRef, overrides: Partial<StoredConversation> = {}): StoredConversation {
  return {
    person,
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    conversationId: `a:${person.objectId}`,
    channelId: 'msteams',
    botId: '28:bot',
    userId: `29:${person.objectId}`,
    locale: 'sv',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}

export function answerSet(programmeId: string, promptId: string, person: PersonRef, overrides: Partial<AnswerSet> = {}): AnswerSet {
  return {
    programmeId,
    promptId,
    person,
    answers: { q1: 'Mycket', q2: ['a', 'b'], q3: 4 },
    createdAt: '2026-12-11T10:00:00.000Z',
    editedAt: '2026-12-11T10:00:00.000Z',
    ...overrides,
  };
}
