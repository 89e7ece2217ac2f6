import type { Enrolment, Role } from '../domain/model';
import {
  authorize,
  may,
  PROGRAMME_ACTIONS,
  readsOthersAnswers,
  revealsAuthor,
  roleIn,
  sharedWithCohort,
  type ProgrammeAction,
} from './access';

const enrolment = (programmeId: string, role: Role): Enrolment => ({
  programmeId,
  role,
  displayName: 'Someone',
  source: 'roster',
  enrolledAt: '2026-01-01T00:00:00.000Z',
});

const table: [Role, ProgrammeAction[]][] = [
  ['participant', ['readProgramme', 'readOwnAnswers', 'answer', 'readShared']],
  ['facilitator', ['readProgramme', 'readOwnAnswers', 'readShared', 'readResponses', 'runSession']],
  ['coordinator', ['readProgramme', 'readOwnAnswers', 'readShared', 'readResponses', 'readDashboard', 'export', 'readAudit', 'runSession']],
];

describe('access rules', () => {
  it.each(table)('a %s may do exactly what the table says', (role, allowed) => {
    for (const action of PROGRAMME_ACTIONS) expect([action, may(role, action)]).toEqual([action, allowed.includes(action)]);
  });

  it('grants nothing to someone not enrolled', () => {
    for (const action of PROGRAMME_ACTIONS) expect(may(undefined, action)).toBe(false);
  });

  it("uses the role in the programme asked about, not the person's role elsewhere", () => {
    const mine = [enrolment('a', 'participant'), enrolment('b', 'coordinator')];
    expect(roleIn(mine, 'a')).toBe('participant');
    expect(authorize(mine, 'b', 'export')).toBe('coordinator');
    expect(() => authorize(mine, 'a', 'export')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorize(mine, 'c', 'readProgramme')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('shares cohort and anonymous prompts, never private ones, and names authors only for cohort ones', () => {
    expect([
      sharedWithCohort({ visibility: 'private' }),
      sharedWithCohort({ visibility: 'cohort' }),
      sharedWithCohort({ visibility: 'anonymous' }),
    ]).toEqual([false, true, true]);
    expect([revealsAuthor({ visibility: 'cohort' }), revealsAuthor({ visibility: 'anonymous' })]).toEqual([true, false]);
  });

  it("audits staff reads of other people's answers, not participants' reads", () => {
    expect(readsOthersAnswers('facilitator', 'readResponses')).toBe(true);
    expect(readsOthersAnswers('coordinator', 'export')).toBe(true);
    expect(readsOthersAnswers('coordinator', 'readShared')).toBe(true);
    expect(readsOthersAnswers('participant', 'readShared')).toBe(false);
    expect(readsOthersAnswers('coordinator', 'readDashboard')).toBe(false);
  });
});
