import type { Enrolment, Programme, Prompt, Question, Session } from '../domain/model';

/**
 * A four-session programme in Stockholm time, for tests. The fixed clock
 * `FIXTURE_NOW` lies after session 1 and before session 2, while the first
 * reflection prompt is open.
 */
export const FIXTURE_PROGRAMME_ID = 'inno-2026';
export const FIXTURE_JOIN_CODE = 'INNO2026';
/** Wednesday 2 December 2026, 10:00 in Stockholm. */
export const FIXTURE_NOW = new Date('2026-12-02T09:00:00Z');

export const fixtureProgramme: Programme = {
  id: FIXTURE_PROGRAMME_ID,
  name: { sv: 'Innovationsresan 2026', en: 'The Innovation Journey 2026' },
  defaultLocale: 'sv',
  timeZone: 'Europe/Stockholm',
  departments: [{ id: 'kultur', name: { sv: 'Kultur och fritid', en: 'Culture and leisure' } }],
  joinCode: FIXTURE_JOIN_CODE,
};

function session(number: number, day: string, title: Session['title'], agenda: Session['agenda'] = []): Session {
  return {
    programmeId: FIXTURE_PROGRAMME_ID,
    number,
    title,
    start: `${day}T09:00`,
    end: `${day}T12:00`,
    joinUrl: `https://teams.microsoft.com/l/meetup-join/session-${number}`,
    materials: [
      { title: { sv: `Bilder träff ${number}`, en: `Slides session ${number}` }, url: `https://example.org/slides-${number}.pdf` },
    ],
    agenda,
  };
}

export const fixtureSessions: Session[] = [
  session(1, '2026-12-01', { sv: 'Från problem till möjlighet', en: 'From problem to opportunity' }),
  session(2, '2026-12-08', { sv: 'Behov och insikter', en: 'Needs and insights' }, [
    { start: '09:00', durationMinutes: 30, title: { sv: 'Incheckning', en: 'Check-in' }, lead: 'Facilitator' },
    { start: '09:30', durationMinutes: 90, title: { sv: 'Intervjuteknik', en: 'Interview technique' } },
    { start: '11:00', durationMinutes: 60, title: { sv: 'Gruppövning och reflektion', en: 'Group exercise and reflection' } },
  ]),
  session(3, '2027-01-12', { sv: 'Idéer och prototyper', en: 'Ideas and prototypes' }),
  session(4, '2027-02-09', { sv: 'Test och nästa steg', en: 'Testing and next steps' }),
];

function prompt(id: string, afterSession: number, title: Prompt['title'], sendAt: string, dueAt: string): Prompt {
  return {
    programmeId: FIXTURE_PROGRAMME_ID,
    id,
    kind: 'reflection',
    afterSession,
    title,
    text: { sv: 'Vad tar du med dig?', en: 'What do you take with you?' },
    questions: [{ id: 'q1', type: 'longText', label: { sv: 'Ditt svar', en: 'Your answer' }, required: true, maxLength: 2000 }],
    sendAt,
    dueAt,
    reminders: [],
    visibility: 'private',
  };
}

export const fixturePrompts: Prompt[] = [
  prompt('reflection-1', 1, { sv: 'Reflektion efter träff 1', en: 'Reflection after session 1' }, '2026-12-01T13:00', '2026-12-07T17:00'),
  prompt('reflection-2', 2, { sv: 'Reflektion efter träff 2', en: 'Reflection after session 2' }, '2026-12-08T13:00', '2026-12-14T17:00'),
];

/** A required single-choice question ("Hur var det?": good / bad), for pulse prompts in tests. */
export const fixtureMoodQuestion: Question = {
  id: 'mood',
  type: 'singleChoice',
  label: { sv: 'Hur var det?', en: 'How was it?' },
  required: true,
  choices: [
    { id: 'good', label: { sv: 'Bra', en: 'Good' } },
    { id: 'bad', label: { sv: 'Dåligt', en: 'Bad' } },
  ],
};

/** A roster enrolment for the Playground's default user, waiting to be matched by e-mail. */
export function rosterEnrolment(email = 'alexw@example.com', displayName = 'Alex Wilber'): Enrolment {
  return {
    programmeId: FIXTURE_PROGRAMME_ID,
    role: 'participant',
    displayName,
    email,
    source: 'roster',
    enrolledAt: '2026-11-01T08:00:00.000Z',
  };
}
