import type { PersonalDataSettings, ErasurePolicy } from '../../bot/src/gdpr/policy';
import { programmeExpiry } from '../../bot/src/gdpr/programme-expiry';
import { PERSON_KEYS } from '../../bot/src/gdpr/pseudonym';
import { runRetentionPurge } from '../../bot/src/gdpr/retention-run';
import { deliveryProgramme } from '../../bot/src/testing/delivery-fixture';
import { PEOPLE, PROGRAMME_ID, runScenario, type Scenario } from './scenario';
import { STORAGES } from './storage-variants';
import { rowsMentioning, scanEverything, type ScannedRow } from './table-scan';

/**
 * Retention with a moved clock: the demo programme keeps its personal data
 * for its `retentionDays` (180) after its end. Before that nothing goes;
 * after it the programme's enrolments, deliveries and answers go (answers
 * pseudonymised under that policy), its audit rows keep only pseudonyms, and
 * people go too unless another programme of theirs is still live. Isaiah is
 * also in a later programme, so his profile and chat stay.
 */
const LATER = 'later-programme';
const MINUTE = 60_000;

describe.each(STORAGES)('the retention purge (%s)', (_name, makeRepos) => {
  describe.each<ErasurePolicy>(['delete', 'pseudonymise-answers'])('under ERASURE_POLICY=%s', (policy) => {
    let scenario: Scenario;
    let expiresAt: Date;
    const settings: PersonalDataSettings = { erasurePolicy: policy, retentionDefaultDays: 365, pseudonymKey: 'retention-key' };
    const purge = (at: Date, dryRun = false) => runRetentionPurge({ repos: scenario.repos, settings }, { now: at, dryRun });
    const ofProgramme = (rows: ScannedRow[], id: string) =>
      rows.filter(
        (r) =>
          r.row.partitionKey === id ||
          r.row.partitionKey.startsWith(`${id}|`) ||
          (r.role.startsWith('enrolmentsBy') && r.row.rowKey === id),
      );

    beforeAll(async () => {
      scenario = await runScenario(await makeRepos());
      const later = deliveryProgramme(LATER);
      await scenario.repos.programmes.save(later.programme, later.sessions, later.prompts);
      await scenario.repos.enrolments.put({
        programmeId: LATER,
        role: 'participant',
        displayName: PEOPLE.isaiah.name,
        person: PEOPLE.isaiah.ref,
        source: 'joinCode',
        enrolledAt: '2026-03-20T08:00:00.000Z',
      });
      const loaded = (await scenario.repos.programmes.load(PROGRAMME_ID))!;
      const expiry = programmeExpiry(loaded, settings.retentionDefaultDays, scenario.now());
      expect(expiry.retentionDays).toBe(180);
      expiresAt = new Date(expiry.expiresAt!);
    }, 60_000);
    afterAll(() => scenario.close());

    it('deletes nothing a minute before the programme expires', async () => {
      const before = (await scanEverything(scenario.repos.tables)).map((r) => r.text);
      const report = await purge(new Date(expiresAt.getTime() - MINUTE));
      expect(report.plan.rows).toEqual([]);
      expect(report.plan.people).toEqual([]);
      expect(report.plan.programmes.find((p) => p.programmeId === PROGRAMME_ID)?.status).toBe('live');
      expect((await scanEverything(scenario.repos.tables)).map((r) => r.text)).toEqual(before);
    });

    it('lists in a dry run, a minute after expiry, what it would do, and changes nothing', async () => {
      const before = (await scanEverything(scenario.repos.tables)).map((r) => r.text);
      const report = await purge(new Date(expiresAt.getTime() + MINUTE), true);
      expect(report.dryRun).toBe(true);
      expect(report.plan.programmes.find((p) => p.programmeId === PROGRAMME_ID)?.status).toBe('expired');
      expect(report.plan.programmes.find((p) => p.programmeId === LATER)?.status).toBe('live');
      const roles = new Set(report.plan.rows.map((p) => p.role));
      expect([...roles].sort()).toEqual([
        'answers',
        'audit',
        'conversations',
        'deliveries',
        'enrolments',
        'enrolmentsByEmail',
        'enrolmentsByPerson',
        'live',
        'people',
      ]);
      expect(report.plan.people.sort()).toEqual([PEOPLE.alex.key, PEOPLE.adele.key].sort());
      expect((await scanEverything(scenario.repos.tables)).map((r) => r.text)).toEqual(before);
    });

    it('removes the expired programme’s personal data, and people with no other live programme', async () => {
      const report = await purge(new Date(expiresAt.getTime() + MINUTE));
      expect(report.deleted).toBeGreaterThan(40);
      const rows = await scanEverything(scenario.repos.tables);
      const left = ofProgramme(rows, PROGRAMME_ID);
      // The programme itself stays (to run again next term); of its people's data only pseudonyms.
      const kept = policy === 'delete' ? ['audit', 'programmes'] : ['answers', 'audit', 'programmes'];
      expect([...new Set(left.map((r) => r.role))].sort()).toEqual(kept);
      for (const r of left.filter((r) => r.role === 'answers' || r.role === 'audit')) {
        const values = Object.values(r.row.properties).join('\n');
        expect(values.match(PERSON_KEYS)).toBeNull();
      }
      if (policy !== 'delete') expect(left.filter((r) => r.role === 'answers')).toHaveLength(2);
      for (const p of [PEOPLE.alex, PEOPLE.adele]) {
        // Adele leads agenda items: her name is programme content, which stays (see mentions.ts).
        const found = rowsMentioning(rows, [p.ref.objectId, p.email, p.name]).filter(
          (r) => !(r.role === 'programmes' && p === PEOPLE.adele),
        );
        expect(found.map((r) => r.role)).toEqual([]);
      }
    });

    it('keeps the profile and chat of someone still in a live programme, and that enrolment', async () => {
      const rows = rowsMentioning(await scanEverything(scenario.repos.tables), [PEOPLE.isaiah.key]);
      expect(rows.map((r) => r.role).sort()).toEqual(['conversations', 'enrolments', 'enrolmentsByPerson', 'people']);
      expect(rows.find((r) => r.role === 'enrolments')?.row.partitionKey).toBe(LATER);
    });

    it('finds nothing more to do on the next run', async () => {
      const report = await purge(new Date(expiresAt.getTime() + 2 * MINUTE));
      expect(report.plan.rows).toEqual([]);
      expect(report.deleted + report.pseudonymised).toBe(0);
    });
  });
});
