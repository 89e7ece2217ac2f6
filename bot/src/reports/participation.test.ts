import { buildDashboard, dashboardOf } from './dashboard';
import { computeParticipation } from './participation';
import { NOW, reportData } from './testing/report-fixture';
import type { DeliveryRecord } from '../domain/delivery';

describe('computeParticipation', () => {
  const report = computeParticipation(reportData(), NOW);

  it('counts participants only, over prompts already sent', () => {
    expect(report.enrolled).toEqual({ participants: 9, facilitators: 1, coordinators: 1, notYetSignedIn: 1 });
    const [reflect, feedback, later] = report.prompts;
    expect([reflect.answered, reflect.expected, reflect.rate]).toEqual([5, 9, 0.556]);
    expect([feedback.answered, feedback.expected]).toEqual([3, 9]);
    expect([later.status, later.nonResponders]).toEqual(['upcoming', []]);
    expect(report.overall).toEqual({ expected: 18, answered: 8, rate: 0.444 });
  });

  it('lists non-responders, including people not yet signed in', () => {
    expect(report.prompts[0].nonResponders.map((e) => e.displayName)).toEqual(['Person 5', 'Person 6', 'Person 8', 'Person 9']);
  });

  it('adds up per session', () => {
    expect(report.sessions.map((s) => [s.number, s.prompts, s.answered, s.expected])).toEqual([
      [1, 2, 8, 18],
      [2, 0, 0, 0],
    ]);
  });

  it('hides departments with fewer than five participants', () => {
    expect(report.departments.map((d) => [d.departmentId, d.participants, d.answered, d.expected])).toEqual([['big', 7, 6, 14]]);
    expect(report.hiddenDepartments).toBe(1);
  });
});

describe('dashboardOf', () => {
  it('counts prompt deliveries by state with the reasons, and ignores reminders', () => {
    const record = (state: DeliveryRecord['state'], reason?: string, kind: DeliveryRecord['kind'] = 'prompt') =>
      ({ kind, state, reason }) as DeliveryRecord;
    const deliveries = new Map([
      [
        'reflect',
        [
          record('sent'),
          record('sent'),
          record('failed', 'blocked'),
          record('unreachable', 'not installed'),
          record('sent', undefined, 'promptReminder'),
        ],
      ],
      ['feedback', [record('failed', 'blocked'), record('unknown', 'lease expired')]],
    ]);
    const dashboard = dashboardOf(reportData(), deliveries, true, NOW);
    expect(dashboard.prompts[0].delivery).toMatchObject({ sent: 2, failed: 1, unreachable: 1 });
    expect(dashboard.delivery).toMatchObject({ sent: 2, failed: 2, unreachable: 1, unknown: 1 });
    expect(dashboard.delivery.reasons[0]).toEqual({ status: 'failed', reason: 'blocked', count: 2 });
  });

  it('reads nothing it does not need and answers undefined for an unknown programme', async () => {
    const sources = {
      programmes: { load: async () => undefined },
      enrolments: { listByProgramme: async () => [] },
      answers: { listByPrompt: async () => [] },
    };
    await expect(buildDashboard(sources, 'nope', NOW)).resolves.toBeUndefined();
  });
});
