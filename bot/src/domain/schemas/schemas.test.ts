import type { z } from 'zod';
import { isAppError } from '../../errors';
import {
  formatIssuePath,
  parseOrThrow,
  programmeBundleSchema,
  programmeSchema,
  promptInputSchema,
  questionSchema,
  rosterRowSchema,
  sessionInputSchema,
  toValidationIssues,
  type ValidationIssue,
} from '.';

function issuesOf(schema: z.ZodType, value: unknown): { path: string; code: string; params: ValidationIssue['params'] }[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  return toValidationIssues(result.error.issues).map((i) => ({ path: formatIssuePath(i.path), code: i.code, params: i.params }));
}

const text = (s: string) => ({ sv: s, en: s });

const programme = {
  id: 'demo',
  name: text('Demo'),
  timeZone: 'Europe/Stockholm',
  joinCode: 'DEMO2026',
  departments: [{ id: 'education', name: text('Utbildning') }],
};

const session = { number: 1, title: text('Träff 1'), start: '2026-09-01T13:00', end: '2026-09-01T16:00' };

const prompt = {
  id: 'reflection-1',
  kind: 'reflection',
  afterSession: 1,
  title: text('Hemuppgift'),
  text: text('Text'),
  questions: [{ id: 'q1', type: 'longText', label: text('Fråga') }],
  sendAt: '2026-09-01T16:00',
  dueAt: '2026-09-08T17:00',
};

describe('programmeSchema', () => {
  it('accepts a programme and fills in the default locale', () => {
    expect(programmeSchema.parse(programme)).toEqual({ ...programme, defaultLocale: 'sv' });
  });

  it.each([
    ['an id with capitals', { id: 'Demo' }, 'id', 'invalidId'],
    ['an id longer than 63 characters', { id: 'a'.repeat(64) }, 'id', 'invalidId'],
    ['an id starting with a hyphen', { id: '-demo' }, 'id', 'invalidId'],
    ['a lower-case join code', { joinCode: 'demo2026' }, 'joinCode', 'invalidJoinCode'],
    ['a join code of three characters', { joinCode: 'ABC' }, 'joinCode', 'invalidJoinCode'],
    ['an unknown time zone', { timeZone: 'Europe/Stokholm' }, 'timeZone', 'invalidZone'],
    ['an empty Swedish name', { name: { sv: ' ', en: 'Demo' } }, 'name.sv', 'empty'],
    ['a name without English', { name: { sv: 'Demo' } }, 'name.en', 'required'],
    ['no departments', { departments: [] }, 'departments', 'tooFew'],
    ['a locale we do not speak', { defaultLocale: 'de' }, 'defaultLocale', 'invalidOption'],
    ['a misspelt field', { timezone: 'Europe/Stockholm' }, 'timezone', 'unknownField'],
  ])('rejects %s', (_name, change, path, code) => {
    expect(issuesOf(programmeSchema, { ...programme, ...change })).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('names the first use of a duplicate department id', () => {
    const departments = [...programme.departments, { id: 'education', name: text('Igen') }];
    expect(issuesOf(programmeSchema, { ...programme, departments })).toEqual([
      { path: 'departments[1].id', code: 'duplicateId', params: { value: 'education', firstPath: 'departments[0].id' } },
    ]);
  });
});

describe('sessionInputSchema', () => {
  it('accepts a session and defaults materials and agenda to empty lists', () => {
    expect(sessionInputSchema.parse(session)).toEqual({ ...session, materials: [], agenda: [] });
  });

  const item = { start: '13:00', durationMinutes: 30, title: text('Välkommen') };
  it.each([
    ['an end before the start', { end: '2026-09-01T12:00' }, 'end', 'endNotAfterStart'],
    ['an end equal to the start', { end: '2026-09-01T13:00' }, 'end', 'endNotAfterStart'],
    ['a start with seconds', { start: '2026-09-01T13:00:00' }, 'start', 'invalidLocalDateTime'],
    ['a start on 31 September', { start: '2026-09-31T13:00' }, 'start', 'invalidLocalDateTime'],
    ['an http join link', { joinUrl: 'http://example.org/meet' }, 'joinUrl', 'notHttps'],
    ['a join link that is no URL', { joinUrl: 'teams meeting' }, 'joinUrl', 'invalidUrl'],
    ['a material over http', { materials: [{ title: text('Slides'), url: 'http://example.org/s.pdf' }] }, 'materials[0].url', 'notHttps'],
    ['session number 0', { number: 0 }, 'number', 'tooSmall'],
    ['a fractional session number', { number: 1.5 }, 'number', 'notInteger'],
    ['an agenda time without a leading zero', { agenda: [{ ...item, start: '9:00' }] }, 'agenda[0].start', 'invalidTimeOfDay'],
    ['an agenda item of 0 minutes', { agenda: [{ ...item, durationMinutes: 0 }] }, 'agenda[0].durationMinutes', 'tooSmall'],
    ['an agenda item of 481 minutes', { agenda: [{ ...item, durationMinutes: 481 }] }, 'agenda[0].durationMinutes', 'tooLarge'],
    ['an agenda item as text', { agenda: [{ ...item, durationMinutes: '30' }] }, 'agenda[0].durationMinutes', 'wrongType'],
    [
      'an agenda item past the end',
      { agenda: [{ ...item, start: '15:45', durationMinutes: 30 }] },
      'agenda[0].start',
      'agendaOutsideSession',
    ],
    ['an agenda item before the start', { agenda: [{ ...item, start: '12:30' }] }, 'agenda[0].start', 'agendaOutsideSession'],
    ['overlapping agenda items', { agenda: [item, { ...item, start: '13:15' }] }, 'agenda[1].start', 'agendaOverlap'],
  ])('rejects %s', (_name, change, path, code) => {
    expect(issuesOf(sessionInputSchema, { ...session, ...change })).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('reports a bad agenda item and a bad end together', () => {
    const codes = issuesOf(sessionInputSchema, { ...session, end: '2026-09-01T12:00', agenda: [{ ...item, durationMinutes: 0 }] }).map(
      (i) => i.code,
    );
    expect(codes.sort()).toEqual(['endNotAfterStart', 'tooSmall']);
  });
});

describe('questionSchema', () => {
  const choices = [
    { id: 'yes', label: text('Ja') },
    { id: 'no', label: text('Nej') },
  ];

  it.each([
    ['longText', 2000],
    ['shortText', 200],
  ])('gives a %s question a maxLength of %d by default', (type, maxLength) => {
    expect(questionSchema.parse({ id: 'q', type, label: text('Fråga') })).toMatchObject({ maxLength, required: true });
  });

  it('keeps a rating question without maxLength', () => {
    expect(questionSchema.parse({ id: 'q', type: 'rating', label: text('Betyg') })).not.toHaveProperty('maxLength');
  });

  it.each([
    ['a choice question without choices', { type: 'singleChoice' }, 'choices', 'choicesRequired'],
    ['a choice question with one choice', { type: 'multiChoice', choices: choices.slice(0, 1) }, 'choices', 'tooFew'],
    [
      'a choice question with eleven choices',
      { type: 'singleChoice', choices: Array.from({ length: 11 }, (_, i) => ({ id: `c${i}`, label: text('C') })) },
      'choices',
      'tooMany',
    ],
    [
      'repeated choice ids',
      { type: 'singleChoice', choices: [...choices, { id: 'yes', label: text('Ja!') }] },
      'choices[2].id',
      'duplicateId',
    ],
    ['choices on a text question', { type: 'longText', choices }, 'choices', 'choicesNotAllowed'],
    ['maxLength on a rating question', { type: 'rating', maxLength: 10 }, 'maxLength', 'maxLengthNotAllowed'],
    ['a maxLength over 4000', { type: 'longText', maxLength: 4001 }, 'maxLength', 'tooLarge'],
    ['an unknown type', { type: 'essay' }, 'type', 'invalidOption'],
  ])('rejects %s', (_name, change, path, code) => {
    expect(issuesOf(questionSchema, { id: 'q', label: text('Fråga'), ...change })).toContainEqual(expect.objectContaining({ path, code }));
  });
});

describe('promptInputSchema', () => {
  it('accepts a prompt with private visibility and no reminders by default', () => {
    expect(promptInputSchema.parse(prompt)).toMatchObject({ visibility: 'private', reminders: [] });
  });

  it.each([
    ['no questions', { questions: [] }, 'questions', 'tooFew'],
    [
      'six questions',
      { questions: Array.from({ length: 6 }, (_, i) => ({ ...prompt.questions[0], id: `q${i}` })) },
      'questions',
      'tooMany',
    ],
    ['repeated question ids', { questions: [prompt.questions[0], prompt.questions[0]] }, 'questions[1].id', 'duplicateId'],
    ['a due time before the send time', { dueAt: '2026-09-01T15:00' }, 'dueAt', 'dueNotAfterSend'],
    ['a reminder after the due time', { reminders: ['2026-09-09T09:00'] }, 'reminders[0]', 'reminderOutsideWindow'],
    ['a reminder at the send time', { reminders: ['2026-09-01T16:00'] }, 'reminders[0]', 'reminderOutsideWindow'],
    ['an unknown kind', { kind: 'survey' }, 'kind', 'invalidOption'],
    ['an unknown visibility', { visibility: 'public' }, 'visibility', 'invalidOption'],
  ])('rejects %s', (_name, change, path, code) => {
    expect(issuesOf(promptInputSchema, { ...prompt, ...change })).toContainEqual(expect.objectContaining({ path, code }));
  });
});

describe('rosterRowSchema', () => {
  it('normalises the e-mail and defaults the role to participant', () => {
    expect(rosterRowSchema.parse({ email: ' AlexW@Example.com ', name: 'Alex Wilber', department: 'city-planning' })).toEqual({
      email: 'alexw@example.com',
      name: 'Alex Wilber',
      department: 'city-planning',
      role: 'participant',
    });
  });

  it.each([
    ['a malformed e-mail', { email: 'alexw' }, 'email', 'invalidEmail'],
    ['an unknown role', { role: 'admin' }, 'role', 'invalidOption'],
    ['a missing name', { name: undefined }, 'name', 'required'],
    ['a missing department', { department: undefined }, 'department', 'required'],
  ])('rejects %s', (_name, change, path, code) => {
    expect(issuesOf(rosterRowSchema, { email: 'a@example.com', name: 'A', department: 'education', ...change })).toContainEqual(
      expect.objectContaining({ path, code }),
    );
  });
});

describe('programmeBundleSchema', () => {
  const bundle = {
    programme,
    sessions: [session],
    prompts: [prompt],
    roster: [{ email: 'a@example.com', name: 'A', department: 'education' }],
  };

  it('accepts a consistent programme', () => {
    expect(issuesOf(programmeBundleSchema, bundle)).toEqual([]);
  });

  it('reports cross-field problems even when fields are broken too', () => {
    const issues = issuesOf(programmeBundleSchema, {
      programme: { ...programme, joinCode: 'x' },
      sessions: [session, { ...session, number: 1 }, { ...session, number: 5 }],
      prompts: [
        { ...prompt, afterSession: 9 },
        { ...prompt, id: 'p2', sendAt: '2026-09-01T12:00', dueAt: '2026-09-02T12:00' },
      ],
      roster: [
        { email: 'a@example.com', name: 'A', department: 'finance' },
        { email: 'A@example.com', name: 'A again', department: 'education' },
      ],
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['programme.joinCode', 'invalidJoinCode'],
        ['sessions[1].number', 'duplicateSessionNumber'],
        ['sessions[2].number', 'sessionNumberGap'],
        ['prompts[0].afterSession', 'unknownSession'],
        ['prompts[1].sendAt', 'sendBeforeSession'],
        ['roster[0].department', 'unknownDepartment'],
        ['roster[1].email', 'duplicateEmail'],
      ]),
    );
    expect(issues.find((i) => i.code === 'duplicateEmail')?.params).toEqual({ value: 'a@example.com', firstPath: 'roster[0].email' });
  });

  it('rejects a local time that does not exist because of the spring DST change', () => {
    const gap = { ...session, start: '2026-03-29T02:30', end: '2026-03-29T04:00' };
    expect(issuesOf(programmeBundleSchema, { ...bundle, sessions: [gap], prompts: [] })).toEqual([
      { path: 'sessions[0].start', code: 'nonexistentLocalTime', params: { value: '2026-03-29T02:30', zone: 'Europe/Stockholm' } },
    ]);
  });

  it('accepts the repeated hour of the autumn DST change', () => {
    const repeated = { ...session, start: '2026-10-25T02:30', end: '2026-10-25T04:00' };
    expect(issuesOf(programmeBundleSchema, { ...bundle, sessions: [repeated], prompts: [] })).toEqual([]);
  });
});

describe('parseOrThrow', () => {
  it('throws VALIDATION_FAILED with the issues as details', () => {
    let caught: unknown;
    try {
      parseOrThrow(rosterRowSchema, { email: 'nope', name: 'A', department: 'education' });
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught, 'VALIDATION_FAILED')).toBe(true);
    expect((caught as { details: unknown }).details).toEqual({ issues: [{ path: ['email'], code: 'invalidEmail', params: {} }] });
  });
});
