import type { DeliveryRecord, DeliveryState } from '../domain/delivery';
import { promptSubject, sessionSubject } from '../domain/delivery';
import type { PersonRef } from '../domain/identity';
import type { AnswerSet, Enrolment, Programme, Prompt, Role, Session } from '../domain/model';
import { activeSubjects } from './active-subjects';
import { computeDueWork, type DueWorkInput, type WorkItem } from './due-work';
import { DEFAULT_SCHEDULE_OPTIONS } from './schedule-options';
import { findStuckDeliveries } from './stuck-deliveries';

const TENANT = '00000000-0000-0000-0000-0000000000001';
const person = (n: number): PersonRef => ({ tenantId: TENANT, objectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}` });
const ALEX = person(20);
const MEGAN = person(21);
const ADELE = person(22);
const ISAIAH = person(23);

const programme: Programme = {
  id: 'dst-2026',
  name: { sv: 'Våren', en: 'Spring' },
  defaultLocale: 'sv',
  timeZone: 'Europe/Stockholm',
  departments: [],
  joinCode: 'DST2026',
};

function session(number: number, start: string, end: string): Session {
  return {
    programmeId: programme.id,
    number,
    title: { sv: `Träff ${number}`, en: `Session ${number}` },
    start,
    end,
    materials: [],
    agenda: [],
  };
}

function prompt(id: string, sendAt: string, dueAt: string, overrides: Partial<Prompt> = {}): Prompt {
  return {
    programmeId: programme.id,
    id,
    kind: 'reflection',
    afterSession: 1,
    title: { sv: id, en: id },
    text: { sv: 'Text', en: 'Text' },
    questions: [],
    sendAt,
    dueAt,
    reminders: [],
    visibility: 'private',
    ...overrides,
  };
}

function enrolment(p: PersonRef | undefined, role: Role = 'participant', email?: string): Enrolment {
  return {
    programmeId: programme.id,
    role,
    displayName: 'X',
    person: p,
    email,
    source: p ? 'joinCode' : 'roster',
    enrolledAt: '2026-01-01T00:00:00.000Z',
  };
}

const enrolments = [
  enrolment(ALEX),
  enrolment(MEGAN, 'facilitator'),
  enrolment(ADELE, 'coordinator'),
  enrolment(ISAIAH),
  enrolment(undefined, 'participant', 'waiting@example.com'),
];

function record(
  kind: DeliveryRecord['kind'],
  subject: DeliveryRecord['subject'],
  p: PersonRef,
  state: DeliveryState,
  extra: Partial<DeliveryRecord> = {},
): DeliveryRecord {
  return {
    programmeId: programme.id,
    kind,
    subject,
    person: p,
    state,
    scheduledAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    attempts: 1,
    ...extra,
  };
}

function due(input: Partial<DueWorkInput> & { now: Date }): WorkItem[] {
  return computeDueWork({ programme, sessions: [], prompts: [], enrolments, deliveries: [], ...input });
}

const who = (items: WorkItem[]) => items.map((i) => `${i.kind}:${i.person.objectId.slice(-2)}`);

describe('computeDueWork: prompts', () => {
  const p = prompt('reflection-1', '2026-03-29T09:00', '2026-04-03T17:00');

  it('sends a prompt at its local send time on the day the clocks go forward (09:00 CEST = 07:00Z)', () => {
    expect(due({ prompts: [p], now: new Date('2026-03-29T06:59:59Z') })).toEqual([]);
    const items = due({ prompts: [p], now: new Date('2026-03-29T07:00:00Z') });
    expect(who(items)).toEqual(['prompt:20', 'prompt:23']);
    expect(items[0]).toMatchObject({
      programmeId: 'dst-2026',
      subject: promptSubject('reflection-1'),
      scheduledAt: '2026-03-29T07:00:00.000Z',
      expiresAt: '2026-04-03T15:00:00.000Z',
    });
  });

  it('sends a prompt at its local send time on the day the clocks go back (09:00 CET = 08:00Z)', () => {
    const autumn = prompt('reflection-autumn', '2026-10-25T09:00', '2026-10-30T17:00');
    expect(due({ prompts: [autumn], now: new Date('2026-10-25T07:30:00Z') })).toEqual([]);
    expect(due({ prompts: [autumn], now: new Date('2026-10-25T08:00:00Z') })[0]?.scheduledAt).toBe('2026-10-25T08:00:00.000Z');
  });

  it('goes only to participants matched to a person, once each', () => {
    const twice = [...enrolments, enrolment({ tenantId: TENANT.toUpperCase(), objectId: ALEX.objectId })];
    expect(who(due({ prompts: [p], enrolments: twice, now: new Date('2026-03-30T10:00:00Z') }))).toEqual(['prompt:20', 'prompt:23']);
  });

  it('catches up a send time missed while the server was down, until the prompt is due', () => {
    expect(who(due({ prompts: [p], now: new Date('2026-04-02T12:00:00Z') }))).toEqual(['prompt:20', 'prompt:23']);
    expect(due({ prompts: [p], now: new Date('2026-04-03T15:00:00Z') })).toEqual([]);
  });

  it('does not send a prompt to someone who already answered it (opened from the list of assignments)', () => {
    const answer: AnswerSet = {
      programmeId: programme.id,
      promptId: p.id,
      person: ALEX,
      answers: { q1: 'ja' },
      createdAt: '2026-03-29T07:30:00.000Z',
      editedAt: '2026-03-29T07:30:00.000Z',
    };
    expect(who(due({ prompts: [p], answers: [answer], now: new Date('2026-03-30T10:00:00Z') }))).toEqual(['prompt:23']);
  });

  it('sends the feedback prompt at the end of its session', () => {
    const feedback = prompt('feedback-1', '2026-03-30T12:00', '2026-04-01T17:00', { kind: 'feedback' });
    const sessions = [session(1, '2026-03-30T09:00', '2026-03-30T12:00')];
    expect(due({ prompts: [feedback], sessions, now: new Date('2026-03-30T09:59:00Z') })).toEqual([]);
    expect(who(due({ prompts: [feedback], sessions, now: new Date('2026-03-30T10:00:00Z') }))).toEqual(['prompt:20', 'prompt:23']);
  });

  it.each<[DeliveryState, string, boolean]>([
    ['pending', '2026-03-30T09:59:00Z', true],
    ['sending', '2026-03-30T09:59:00Z', false],
    ['sent', '2026-03-30T09:59:00Z', false],
    ['failed', '2026-03-30T09:59:00Z', false],
    ['unknown', '2026-03-30T09:59:00Z', false],
    ['unreachable', '2026-03-30T09:59:00Z', false],
    ['unreachable', '2026-03-30T09:44:00Z', true],
  ])('treats a %s record (updated %s) as due: %s', (state, updatedAt, expected) => {
    const existing = record('prompt', promptSubject(p.id), ALEX, state, { updatedAt });
    const items = due({ prompts: [p], deliveries: [existing], now: new Date('2026-03-30T10:00:00Z') });
    expect(who(items)).toEqual(expected ? ['prompt:20', 'prompt:23'] : ['prompt:23']);
    if (expected) expect(items[0].existing).toEqual(existing);
  });
});

describe('computeDueWork: prompt reminders', () => {
  const p = prompt('reflection-1', '2026-10-20T13:00', '2026-10-28T17:00', { reminders: ['2026-10-24T09:00', '2026-10-26T09:00'] });
  const sent = (x: PersonRef, sentAt = '2026-10-20T11:00:05.000Z') => record('prompt', promptSubject(p.id), x, 'sent', { sentAt });
  const answer = (x: PersonRef): AnswerSet => ({
    programmeId: programme.id,
    promptId: p.id,
    person: x,
    answers: { q1: 'ja' },
    createdAt: '2026-10-21T10:00:00.000Z',
    editedAt: '2026-10-21T10:00:00.000Z',
  });
  const base = { prompts: [p], deliveries: [sent(ALEX), sent(ISAIAH)] };

  it('reminds only participants who have not answered, at the reminder time (09:00 CEST = 07:00Z)', () => {
    expect(due({ ...base, answers: [], now: new Date('2026-10-24T06:59:00Z') })).toEqual([]);
    const items = due({ ...base, answers: [answer(ALEX)], now: new Date('2026-10-24T07:00:00Z') });
    expect(who(items)).toEqual(['promptReminder:23']);
    expect(items[0]).toMatchObject({
      slot: '2026-10-24T09:00',
      scheduledAt: '2026-10-24T07:00:00.000Z',
      expiresAt: '2026-10-28T16:00:00.000Z',
    });
  });

  it('takes the second reminder time in winter time after the clocks went back (09:00 CET = 08:00Z)', () => {
    expect(
      due({ ...base, answers: [], deliveries: [...base.deliveries], now: new Date('2026-10-26T07:30:00Z') }).map((i) => i.slot),
    ).toEqual(['2026-10-24T09:00', '2026-10-24T09:00']);
    expect(due({ ...base, answers: [], now: new Date('2026-10-26T08:00:00Z') }).map((i) => i.slot)).toEqual([
      '2026-10-26T09:00',
      '2026-10-26T09:00',
    ]);
  });

  it('sends each reminder time once: a recorded reminder is not due again', () => {
    const reminded = record('promptReminder', promptSubject(p.id), ALEX, 'sent', { slot: '2026-10-24T09:00' });
    const items = due({ ...base, deliveries: [...base.deliveries, reminded], answers: [], now: new Date('2026-10-25T12:00:00Z') });
    expect(who(items)).toEqual(['promptReminder:23']);
  });

  it('does not remind people whose prompt was not sent, or was sent after the reminder time', () => {
    const deliveries = [record('prompt', promptSubject(p.id), ALEX, 'unreachable'), sent(ISAIAH, '2026-10-24T07:30:00.000Z')];
    const items = due({ prompts: [p], deliveries, answers: [], now: new Date('2026-10-25T12:00:00Z') });
    expect(who(items)).toEqual(['prompt:20']); // the unreachable prompt is tried again; no reminder for anyone
  });

  it('computes no reminders without the answers, and none after the due time', () => {
    expect(due({ ...base, now: new Date('2026-10-25T12:00:00Z') })).toEqual([]);
    expect(due({ ...base, answers: [], now: new Date('2026-10-28T16:00:00Z') })).toEqual([]);
  });
});

describe('computeDueWork: session reminders', () => {
  const sessions = [
    session(1, '2026-03-29T10:00', '2026-03-29T12:00'),
    session(2, '2026-03-30T09:00', '2026-03-30T12:00'),
    session(3, '2026-10-25T10:00', '2026-10-25T12:00'),
    session(4, '2026-10-26T09:00', '2026-10-26T12:00'),
  ];
  const at = (iso: string, only = sessions) => who(due({ sessions: only, now: new Date(iso) })).join(' ');

  it.each([
    ['session 1 (Sunday the clocks go forward): Saturday 09:00 CET', 0, '2026-03-28T07:59:59Z', '2026-03-28T08:00:00Z'],
    ['session 2 (the Monday after): Sunday 09:00 CEST', 1, '2026-03-29T06:59:59Z', '2026-03-29T07:00:00Z'],
    ['session 3 (Sunday the clocks go back): Saturday 09:00 CEST', 2, '2026-10-24T06:59:59Z', '2026-10-24T07:00:00Z'],
    ['session 4 (the Monday after): Sunday 09:00 CET', 3, '2026-10-25T07:59:59Z', '2026-10-25T08:00:00Z'],
  ])('reminds %s to participants and facilitators', (_, index, before, from) => {
    const only = [sessions[index]];
    expect(at(before, only)).toBe('');
    expect(at(from, only)).toBe('sessionReminder:20 sessionReminder:21 sessionReminder:23');
    expect(due({ sessions: only, now: new Date(from) })[0]).toMatchObject({
      subject: sessionSubject(index + 1),
      scheduledAt: new Date(from).toISOString(),
    });
  });

  it('catches up until the session starts, then no more', () => {
    expect(at('2026-03-30T06:59:00Z')).toBe('sessionReminder:20 sessionReminder:21 sessionReminder:23');
    expect(at('2026-03-30T07:00:00Z')).toBe('');
  });

  it('uses the configured time and number of days', () => {
    const options = { sessionReminderTime: '16:30', sessionReminderDaysBefore: 2 };
    expect(due({ sessions: [sessions[3]], options, now: new Date('2026-10-24T14:29:00Z') })).toEqual([]);
    expect(due({ sessions: [sessions[3]], options, now: new Date('2026-10-24T14:30:00Z') })[0]).toMatchObject({
      subject: sessionSubject(4),
      scheduledAt: '2026-10-24T14:30:00.000Z',
      expiresAt: '2026-10-26T08:00:00.000Z',
    });
  });
});

describe('activeSubjects and stuck deliveries', () => {
  it('names the prompts and sessions whose window contains now, and whether a reminder time has passed', () => {
    const prompts = [
      prompt('open', '2026-03-28T09:00', '2026-04-03T17:00', { reminders: ['2026-03-30T09:00'] }),
      prompt('later', '2026-04-05T09:00', '2026-04-10T17:00'),
    ];
    const sessions = [session(2, '2026-03-31T09:00', '2026-03-31T12:00')];
    const active = activeSubjects({ programme, sessions, prompts, now: new Date('2026-03-30T07:00:00Z') }, DEFAULT_SCHEDULE_OPTIONS);
    expect(active.map((a) => [a.subject, a.reminderDue])).toEqual([
      [promptSubject('open'), true],
      [sessionSubject(2), false],
    ]);
  });

  it('finds claims whose lease has passed without an outcome', () => {
    const s = promptSubject('x');
    const records = [
      record('prompt', s, ALEX, 'sending', { leaseUntil: '2026-03-30T10:00:00.000Z' }),
      record('prompt', s, ISAIAH, 'sending', { leaseUntil: '2026-03-30T10:05:00.000Z' }),
      record('prompt', s, MEGAN, 'sent', { leaseUntil: '2026-03-30T09:00:00.000Z' }),
    ];
    expect(findStuckDeliveries(records, new Date('2026-03-30T10:00:00Z')).map((r) => r.person)).toEqual([ALEX]);
  });
});
