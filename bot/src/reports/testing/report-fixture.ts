import type { AnswerSet, Enrolment, Programme, Prompt, Role, Session } from '../../domain/model';
import type { ProgrammeData } from '../programme-data';

export const TENANT = '00000000-0000-0000-0000-000000000001';
export const oid = (n: number): string => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
export const person = (n: number) => ({ tenantId: TENANT, objectId: oid(n) });

export const programme: Programme = {
  id: 'prog',
  name: { sv: 'Programmet', en: 'The programme' },
  defaultLocale: 'sv',
  timeZone: 'Europe/Stockholm',
  joinCode: 'PROG1',
  departments: [
    { id: 'big', name: { sv: 'Stora förvaltningen', en: 'Big department' } },
    { id: 'small', name: { sv: 'Lilla förvaltningen', en: 'Small department' } },
  ],
};

export const sessions: Session[] = [1, 2].map((number) => ({
  programmeId: 'prog',
  number,
  title: { sv: `Träff ${number}`, en: `Session ${number}` },
  start: `2026-0${number}-10T09:00`,
  end: `2026-0${number}-10T12:00`,
  materials: [],
  agenda: [{ start: '09:00', durationMinutes: 30, title: { sv: 'Start', en: 'Start' } }],
}));

const base = { programmeId: 'prog', kind: 'reflection' as const, text: { sv: 'Text', en: 'Text' }, reminders: [] };
export const prompts: Prompt[] = [
  {
    ...base,
    id: 'reflect',
    afterSession: 1,
    title: { sv: 'Reflektion', en: 'Reflection' },
    sendAt: '2026-01-10T12:00',
    dueAt: '2026-01-20T17:00',
    visibility: 'cohort',
    questions: [
      { id: 'text', type: 'longText', label: { sv: 'Berätta', en: 'Tell' }, required: true },
      {
        id: 'pick',
        type: 'singleChoice',
        label: { sv: 'Välj', en: 'Pick' },
        required: true,
        choices: [
          { id: 'a', label: { sv: 'Alfa', en: 'Alpha' } },
          { id: 'b', label: { sv: 'Beta', en: 'Beta' } },
        ],
      },
    ],
  },
  {
    ...base,
    id: 'feedback',
    kind: 'feedback',
    afterSession: 1,
    title: { sv: 'Återkoppling', en: 'Feedback' },
    sendAt: '2026-01-10T12:00',
    dueAt: '2026-01-13T17:00',
    visibility: 'anonymous',
    questions: [{ id: 'rating', type: 'rating', label: { sv: 'Betyg', en: 'Rating' }, required: true }],
  },
  {
    ...base,
    id: 'later',
    afterSession: 2,
    title: { sv: 'Senare', en: 'Later' },
    sendAt: '2026-02-10T12:00',
    dueAt: '2026-02-20T17:00',
    visibility: 'private',
    questions: [{ id: 'text', type: 'shortText', label: { sv: 'Kort', en: 'Short' }, required: true }],
  },
];

export function enrolment(n: number, role: Role, department?: string, overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    programmeId: 'prog',
    role,
    displayName: `Person ${n}`,
    department,
    person: person(n),
    source: 'roster',
    enrolledAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function answer(n: number, promptId: string, answers: AnswerSet['answers'], at = '2026-01-11T08:00:00.000Z'): AnswerSet {
  return { programmeId: 'prog', promptId, person: person(n), answers, createdAt: at, editedAt: at, version: `v${n}` };
}

/**
 * Six participants in "big" (1–6), two in "small" (7–8), one not yet signed in (9, big),
 * a facilitator (20) and a coordinator (21). Answers: 1–4 and 7 answered "reflect";
 * 1, 2, 7 answered "feedback"; the facilitator answered "reflect" too (not counted).
 */
export function reportData(): ProgrammeData {
  const enrolments = [
    ...[1, 2, 3, 4, 5, 6].map((n) => enrolment(n, 'participant', 'big')),
    enrolment(7, 'participant', 'small'),
    enrolment(8, 'participant', 'small'),
    enrolment(9, 'participant', 'big', { person: undefined, email: 'p9@example.com' }),
    enrolment(20, 'facilitator'),
    enrolment(21, 'coordinator'),
  ];
  const reflect = [
    answer(1, 'reflect', { text: 'Innovation i skolan är viktig', pick: 'a' }),
    answer(2, 'reflect', { text: 'Skolan behöver innovation', pick: 'b' }),
    answer(3, 'reflect', { text: '=HYPERLINK("http://evil")', pick: 'a' }),
    answer(4, 'reflect', { text: 'Tid, "tid" och\nmer tid', pick: 'a' }),
    answer(7, 'reflect', { text: 'Samarbete', pick: 'b' }),
    answer(20, 'reflect', { text: 'Facilitator test', pick: 'a' }),
  ];
  const feedback = [answer(1, 'feedback', { rating: 5 }), answer(2, 'feedback', { rating: 3 }), answer(7, 'feedback', { rating: 4 })];
  return {
    programme,
    sessions,
    prompts,
    enrolments,
    answersByPrompt: new Map([
      ['reflect', reflect],
      ['feedback', feedback],
      ['later', []],
    ]),
  };
}

/** After the first two prompts were sent, before the third. */
export const NOW = new Date('2026-01-15T12:00:00.000Z');
