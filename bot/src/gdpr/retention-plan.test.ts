import type { StoredEntity } from '../storage/entity-table';
import { fixtureProgramme, fixturePrompts, fixtureSessions } from '../testing/programme-fixture';
import { planRetentionPurge, summarisePlan, type RetentionInput } from './retention-plan';

const ID = fixtureProgramme.id;
const T = '11111111-2222-3333-4444-555555555555';
const alex = `${T}|aaaaaaaa-0000-4000-8000-000000000001`;
const bo = `${T}|aaaaaaaa-0000-4000-8000-000000000002`;
const row = (partitionKey: string, rowKey: string, properties: StoredEntity['properties'] = {}): StoredEntity => ({
  partitionKey,
  rowKey,
  properties,
  etag: 'e',
});
const AFTER = new Date('2028-03-01T00:00:00Z'); // the fixture ends 2027-02-09: a year and a bit later
const BEFORE = new Date('2027-06-01T00:00:00Z');

function input(): RetentionInput {
  const other = { ...fixtureProgramme, id: 'other', joinCode: 'OTHER' };
  return {
    programmes: [
      { programme: fixtureProgramme, sessions: fixtureSessions, prompts: fixturePrompts },
      { programme: other, sessions: fixtureSessions.map((s) => ({ ...s, programmeId: 'other', end: '2030-01-01T12:00' })), prompts: [] },
    ],
    programmeRows: new Map([
      [
        ID,
        {
          enrolments: [row(ID, `person|${alex}`), row(ID, `person|${bo}`), row(ID, 'email|c@example.com')],
          answers: [row(`${ID}|reflection-1`, alex), row(`${ID}|reflection-1`, '00000000-0000-0000-0000-000000000000|abc')],
          deliveries: [row(`${ID}|prompt|reflection-1`, `send|${alex}`)],
          audit: [
            row(`${ID}|2026-12`, '1', { actor: bo, action: 'responses.read' }),
            row(`${ID}|2026-12`, '2', { actor: 'cli', action: 'person.export' }),
          ],
        },
      ],
    ]),
    globalAudit: [
      row('*|2026-12', '1', { actor: alex, target: alex, action: 'person.export' }),
      row('*|2026-12', '2', { actor: bo, target: bo }),
    ],
    people: [row(alex, 'profile'), row(bo, 'profile')],
    conversations: [row(alex, 'personal', { updatedAt: '2026-12-01T00:00:00.000Z' }), row(bo, 'personal')],
    enrolmentsByPerson: [row(alex, ID), row(bo, ID), row(bo, 'other')],
    enrolmentsByEmail: [row('c@example.com', ID), row('c@example.com', 'other')],
  };
}

const settings = { policy: 'delete' as const, defaultDays: 365 };

describe('planRetentionPurge', () => {
  it('plans nothing while the programme is within its retention', () => {
    const plan = planRetentionPurge(input(), settings, BEFORE);
    expect(plan.rows).toEqual([]);
    expect(plan.people).toEqual([]);
  });

  it('after expiry deletes the programme rows and forgets only people with no live programme left', () => {
    const plan = planRetentionPurge(input(), settings, AFTER);
    expect(plan.people).toEqual([alex]);
    const planned = plan.rows.map((p) => `${p.action} ${p.role} ${p.row.partitionKey} ${p.row.rowKey}`);
    expect(planned).toEqual(
      expect.arrayContaining([
        `delete enrolments ${ID} person|${alex}`,
        `delete enrolments ${ID} email|c@example.com`,
        `delete enrolmentsByPerson ${bo} ${ID}`,
        `delete enrolmentsByEmail c@example.com ${ID}`,
        `delete deliveries ${ID}|prompt|reflection-1 send|${alex}`,
        `delete answers ${ID}|reflection-1 ${alex}`,
        `pseudonymise audit ${ID}|2026-12 1`,
        `delete people ${alex} profile`,
        `delete conversations ${alex} personal`,
        `pseudonymise audit *|2026-12 1`,
      ]),
    );
    // Bo is still in "other"; the CLI's row names nobody; an answer already under a pseudonym is left alone.
    expect(planned.filter((p) => p.includes(`${bo} profile`) || p.includes('*|2026-12 2') || p.includes(`${ID}|2026-12 2`))).toEqual([]);
    expect(planned.filter((p) => p.includes('00000000-0000-0000-0000-000000000000|abc'))).toEqual([]);
    expect(planned.filter((p) => p.includes('c@example.com other'))).toEqual([]);
    expect(plan.rows.find((p) => p.row.partitionKey === '*|2026-12')?.keys).toEqual([alex]);
  });

  it('pseudonymises answers instead under pseudonymise-answers', () => {
    const plan = planRetentionPurge(input(), { ...settings, policy: 'pseudonymise-answers' }, AFTER);
    expect(plan.rows.filter((p) => p.role === 'answers').map((p) => p.action)).toEqual(['pseudonymise']);
  });

  it('forgets people with no enrolment at all once their chat is older than the default retention', () => {
    const base = input();
    const orphan = `${T}|aaaaaaaa-0000-4000-8000-000000000009`;
    const lonely: RetentionInput = {
      ...base,
      programmeRows: new Map(),
      people: [row(orphan, 'profile')],
      conversations: [row(orphan, 'personal', { updatedAt: '2027-01-01T00:00:00.000Z' })],
      enrolmentsByPerson: [],
    };
    expect(planRetentionPurge(lonely, settings, new Date('2027-12-31T00:00:00Z')).people).toEqual([]);
    expect(planRetentionPurge(lonely, settings, new Date('2028-01-02T00:00:00Z')).people).toEqual([orphan]);
  });

  it('sums the plan per programme and table', () => {
    const counts = summarisePlan(planRetentionPurge(input(), settings, AFTER));
    expect(counts).toContainEqual({ programmeId: ID, role: 'enrolments', delete: 3, pseudonymise: 0 });
    expect(counts).toContainEqual({ programmeId: undefined, role: 'audit', delete: 0, pseudonymise: 1 });
  });
});
