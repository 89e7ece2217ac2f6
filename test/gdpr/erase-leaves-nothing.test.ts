import { personKey } from '../../bot/src/domain/identity';
import { erasePerson, type ErasureReport } from '../../bot/src/gdpr/erase-person';
import type { ErasurePolicy } from '../../bot/src/gdpr/policy';
import { PSEUDONYM_TENANT } from '../../bot/src/gdpr/pseudonym';
import { resolveSubject } from '../../bot/src/gdpr/resolve-subject';
import type { Progress } from '../../bot/src/gdpr/progress';
import { PEOPLE, PROGRAMME_ID, runScenario, type Scenario } from './scenario';
import { STORAGES } from './storage-variants';
import { rowsMentioning, scanEverything } from './table-scan';

/**
 * Art. 17, proved: after a full scenario one participant is erased; then a
 * scan of every table finds neither their object id, nor their name, nor
 * their e-mail, and the connector fake recorded a DELETE for every message
 * the bot had posted to them. The others' data is untouched.
 */
const KEY = 'erasure-test-key';

describe.each(STORAGES)('erasing a person after a full scenario (%s)', (_name, makeRepos) => {
  describe.each<ErasurePolicy>(['delete', 'pseudonymise-answers'])('under ERASURE_POLICY=%s', (policy) => {
    let scenario: Scenario;
    let report: ErasureReport;
    let posted: { conversationId: string; activityId: string }[];
    let othersBefore: string[];
    const progress: Progress[] = [];
    const alex = PEOPLE.alex;

    beforeAll(async () => {
      scenario = await runScenario(await makeRepos());
      const before = await scanEverything(scenario.repos.tables);
      posted = rowsMentioning(before, [alex.key])
        .filter((r) => r.role === 'deliveries' && r.row.properties.activityId)
        .map((r) => ({ conversationId: String(r.row.properties.conversationId), activityId: String(r.row.properties.activityId) }));
      othersBefore = rowsMentioning(before, [PEOPLE.isaiah.key])
        .filter((r) => r.role !== 'audit')
        .map((r) => r.text)
        .sort();
      const subject = (await resolveSubject(scenario.repos.tables, { email: alex.email }))!;
      report = await erasePerson(
        { tables: scenario.repos.tables, audit: scenario.repos.audit, policy, pseudonymKey: KEY, messageEraser: scenario.eraser },
        subject,
        { now: scenario.now(), actor: PEOPLE.adele.key, programmeId: PROGRAMME_ID, onProgress: (p) => progress.push(p) },
      );
    }, 60_000);
    afterAll(() => scenario.close());

    it('leaves neither their object id, nor their name, nor their e-mail in any table', async () => {
      const rows = await scanEverything(scenario.repos.tables);
      expect(rows.length).toBeGreaterThan(50); // the rest of the scenario is still there
      expect(rowsMentioning(rows, [alex.ref.objectId]).map((r) => r.role)).toEqual([]);
      expect(rowsMentioning(rows, [alex.name]).map((r) => r.role)).toEqual([]);
      expect(rowsMentioning(rows, [alex.email, 'alexw']).map((r) => r.role)).toEqual([]);
      expect(report.remaining).toBe(0);
    });

    it('deleted every message the bot had posted to them at the Bot Connector', () => {
      expect(posted.length).toBeGreaterThanOrEqual(3);
      expect(posted.every((p) => p.conversationId === alex.party.conversationId)).toBe(true);
      expect(scenario.fake.deletes).toEqual(expect.arrayContaining(posted));
      expect(scenario.fake.deletes).toHaveLength(posted.length);
      expect(report.messages).toEqual({ deleted: posted.length, failed: 0, skipped: 0 });
    });

    it(policy === 'delete' ? 'deletes their answers' : 'keeps their answers under a pseudonym without a name', async () => {
      const answers = (await scanEverything(scenario.repos.tables)).filter((r) => r.role === 'answers');
      const kept = answers.filter((r) => r.row.rowKey === report.pseudonym);
      const theirWords = scenario.answerTexts.get(alex.key)![0];
      if (policy === 'delete') {
        expect(kept).toEqual([]);
        expect(answers.filter((r) => r.text.includes(theirWords))).toEqual([]);
      } else {
        expect(kept).toHaveLength(1);
        expect(kept[0].text).toContain(theirWords);
        expect(JSON.parse(String(kept[0].row.properties.person_json))).toEqual({
          tenantId: PSEUDONYM_TENANT,
          objectId: report.pseudonym.split('|')[1],
        });
      }
    });

    it('keeps only a pseudonymous record of the erasure, and pseudonymises the audit rows that named them', async () => {
      const audit = (await scanEverything(scenario.repos.tables)).filter((r) => r.role === 'audit').map((r) => r.row.properties);
      expect(report.pseudonym.startsWith(`${PSEUDONYM_TENANT}|`)).toBe(true);
      expect(audit).toContainEqual(
        expect.objectContaining({ action: 'person.erase', actor: PEOPLE.adele.key, target: report.pseudonym, programmeId: PROGRAMME_ID }),
      );
      // Alex's own download of "Mina data" is still in the log, as the pseudonym's.
      expect(audit).toContainEqual(expect.objectContaining({ action: 'person.export', actor: report.pseudonym, target: report.pseudonym }));
      expect(report.auditedIn).toEqual([PROGRAMME_ID]);
    });

    it("leaves everyone else's rows as they were", async () => {
      const after = rowsMentioning(await scanEverything(scenario.repos.tables), [PEOPLE.isaiah.key])
        .filter((r) => r.role !== 'audit')
        .map((r) => r.text)
        .sort();
      expect(after).toEqual(othersBefore);
    });

    it('reported its progress table by table, and the messages', () => {
      expect(progress.filter((p) => p.step === 'scan' && p.table?.endsWith('answers')).length).toBeGreaterThanOrEqual(1);
      expect(progress.filter((p) => p.step === 'messages').map((p) => p.index)).toEqual(posted.map((_, i) => i + 1));
      expect(progress.some((p) => p.step === 'erase' && p.table?.endsWith('deliveries'))).toBe(true);
    });

    it('answers the coordinator audit view with the pseudonym, never a name', async () => {
      const res = await scenario.api.call('GET', `/api/programmes/${PROGRAMME_ID}/audit`, { as: PEOPLE.adele.ref });
      expect(res.status).toBe(200);
      const entries = (res.body as { entries: { action: string; actor: string; target?: string }[] }).entries;
      expect(entries).toContainEqual(
        expect.objectContaining({ action: 'person.erase', actor: PEOPLE.adele.name, target: report.pseudonym }),
      );
      expect(JSON.stringify(res.body)).not.toContain(alex.name);
      expect(JSON.stringify(res.body)).not.toContain(personKey(alex.ref));
    });
  });
});
