import JSZip from 'jszip';
import type { EraseResponse, PersonExportFile } from '../../bot/src/api/personal-data-contract';
import { personKey, type PersonRef } from '../../bot/src/domain/identity';
import type { MessageEraser, PostedMessage } from '../../bot/src/gdpr/message-eraser';
import { createInMemoryRepositories } from '../../bot/src/storage';
import type { Repositories } from '../../bot/src/storage/repositories';
import { AUDIT_RANGE, NOW, PEOPLE, SECRET, seed, seedPostedPrompts } from '../api/api-fixture';
import { apiClient, type ApiClient } from './api-client';
import { rowsMentioning, scanEverything } from './table-scan';

/**
 * The personal-data endpoints over the API fixture's two programmes: who may
 * export and erase whom, what the download holds, what the audit log keeps.
 */
const EXPORT = (programme: string, person: PersonRef) => `/api/programmes/${programme}/people/${person.tenantId}/${person.objectId}/export`;
const ERASE = (programme: string, person: PersonRef) => `/api/programmes/${programme}/people/${person.tenantId}/${person.objectId}/erase`;

async function exported(raw: unknown): Promise<PersonExportFile> {
  const zip = await JSZip.loadAsync(raw as Buffer);
  return JSON.parse(await zip.file('export.json')!.async('string')) as PersonExportFile;
}

const rowsOf = (file: PersonExportFile) => Object.fromEntries(file.tables.map((t) => [t.role, t.rows.length]));

describe('personal-data API', () => {
  let repos: Repositories;
  let api: ApiClient;
  const erased: PostedMessage[] = [];
  const eraser: MessageEraser = {
    erase: async (message) => {
      erased.push(message);
      return { status: 'deleted' };
    },
  };

  beforeEach(async () => {
    repos = createInMemoryRepositories();
    await seed(repos);
    // p1 is in beta too, where alpha's coordinator has no say.
    await repos.enrolments.put({
      programmeId: 'beta',
      role: 'participant',
      displayName: 'Pia Ett',
      person: PEOPLE.p1,
      source: 'joinCode',
      enrolledAt: '2026-03-01T08:00:00.000Z',
    });
    await repos.answers.create({
      programmeId: 'beta',
      promptId: 'beta-cohort',
      person: PEOPLE.p1,
      answers: { text: 'beta words' },
      createdAt: NOW.toISOString(),
      editedAt: NOW.toISOString(),
    });
    api = await apiClient({
      repos,
      clock: () => NOW,
      personalData: { settings: { erasurePolicy: 'delete', retentionDefaultDays: 365, pseudonymKey: 'k' }, messageEraser: eraser },
    });
    erased.length = 0;
  });

  describe('GET /api/me/export ("Mina data")', () => {
    it('gives the caller a zip of everything about them, in every programme, and audits it without content', async () => {
      const res = await api.call('GET', '/api/me/export', { as: PEOPLE.p1 });
      expect(res.status).toBe(200);
      expect(res.headers['Content-Type']).toBe('application/zip');
      expect(res.headers['Content-Disposition']).toContain('mina-data-2026-03-12.zip');
      expect(res.headers['Cache-Control']).toBe('no-store');
      const file = await exported(res.raw);
      expect(file.subject).toMatchObject(PEOPLE.p1);
      expect(file.scope).toBe('all');
      expect(rowsOf(file)).toMatchObject({ enrolments: 2, answers: 3 });
      expect(JSON.stringify(file)).toContain(SECRET);
      const audit = await scanEverything(repos.tables).then((rows) => rows.filter((r) => r.role === 'audit').map((r) => r.row.properties));
      expect(audit).toEqual([
        expect.objectContaining({ action: 'person.export', actor: personKey(PEOPLE.p1), target: personKey(PEOPLE.p1) }),
      ]);
      expect(JSON.stringify(audit)).not.toContain(SECRET);
    });

    it('answers 401 without a token', async () => {
      expect((await api.call('GET', '/api/me/export')).status).toBe(401);
    });
  });

  describe('GET …/people/:tenantId/:objectId/export', () => {
    it('lets a coordinator export a person of their programme, limited to the programmes they coordinate', async () => {
      const res = await api.call('GET', EXPORT('alpha', PEOPLE.p1), { as: PEOPLE.coordinator, query: { lang: 'en' } });
      expect(res.status).toBe(200);
      const file = await exported(res.raw);
      expect(file.scope).toEqual({ programmes: ['alpha'] });
      expect(rowsOf(file)).toMatchObject({ enrolments: 1, answers: 2 });
      expect(JSON.stringify(file)).not.toContain('beta words');
      const log = await repos.audit.listByProgramme('alpha', AUDIT_RANGE);
      expect(log).toEqual([
        expect.objectContaining({ action: 'person.export', actor: personKey(PEOPLE.coordinator), target: personKey(PEOPLE.p1) }),
      ]);
    });

    it.each([
      ['a facilitator', PEOPLE.facilitator, 'alpha', PEOPLE.p1, 403],
      ['a participant', PEOPLE.p2, 'alpha', PEOPLE.p1, 403],
      ["another programme's coordinator", PEOPLE.betaCoordinator, 'alpha', PEOPLE.p1, 403],
      ['a coordinator, for someone outside the programme', PEOPLE.coordinator, 'alpha', PEOPLE.betaParticipant, 404],
      ['a coordinator, for a malformed id', PEOPLE.coordinator, 'alpha', { tenantId: 'x', objectId: 'y' }, 404],
    ])('refuses %s', async (_who, caller, programme, person, status) => {
      expect((await api.call('GET', EXPORT(programme, person), { as: caller })).status).toBe(status);
      expect((await api.call('POST', ERASE(programme, person), { as: caller, body: { confirm: true } })).status).toBe(status);
      expect(await repos.audit.listByProgramme(programme, AUDIT_RANGE)).toEqual([]);
    });
  });

  describe('POST …/people/:tenantId/:objectId/erase', () => {
    it('erases the person everywhere, in every programme, and answers with counts and the pseudonym', async () => {
      await seedPostedPrompts(repos, [['private', '1:card']]);
      const res = await api.call('POST', ERASE('alpha', PEOPLE.p1), { as: PEOPLE.coordinator, body: { confirm: true } });
      expect(res.status).toBe(200);
      const body = res.body as EraseResponse;
      expect(body.policy).toBe('delete');
      expect(body.messages).toEqual({ deleted: 1, failed: 0, skipped: 0 });
      expect(erased.map((m) => [m.conversation.conversationId, m.activityId])).toEqual([['a:p1', '1:card']]);
      expect(body.tables).toContainEqual({ table: 'answers', deleted: 3, pseudonymised: 0 });
      expect(rowsMentioning(await scanEverything(repos.tables), [PEOPLE.p1.objectId, 'Pia Ett', SECRET])).toEqual([]);
      for (const programme of ['alpha', 'beta']) {
        expect(await repos.audit.listByProgramme(programme, AUDIT_RANGE)).toEqual([
          expect.objectContaining({ action: 'person.erase', actor: personKey(PEOPLE.coordinator), target: body.pseudonym }),
        ]);
      }
    });

    it('reports where the name still stands in programme content, only in the programmes the caller coordinates', async () => {
      for (const id of ['alpha', 'beta']) {
        const loaded = (await repos.programmes.load(id))!;
        const sessions = loaded.sessions.map((s) => ({ ...s, agenda: s.agenda.map((a) => ({ ...a, lead: 'Pia Ett' })) }));
        await repos.programmes.save(loaded.programme, sessions, loaded.prompts);
      }
      const res = await api.call('POST', ERASE('alpha', PEOPLE.p1), { as: PEOPLE.coordinator, body: { confirm: true } });
      expect(res.status).toBe(200);
      const { mentions } = res.body as EraseResponse;
      expect(mentions.map((m) => [m.programmeId, m.rowKey, m.field])).toEqual([
        ['alpha', 'session|001', 'agenda_json'],
        ['alpha', 'session|002', 'agenda_json'],
      ]);
    });

    it('refuses without { "confirm": true } and erases nothing', async () => {
      for (const body of [undefined, {}, { confirm: 'yes' }]) {
        expect((await api.call('POST', ERASE('alpha', PEOPLE.p1), { as: PEOPLE.coordinator, body })).status).toBe(400);
      }
      expect((await repos.enrolments.listByPerson(PEOPLE.p1)).length).toBe(2);
    });

    it('refuses when the composition root has not wired the policy and the eraser', async () => {
      const unwired = await apiClient({ repos, clock: () => NOW });
      const res = await unwired.call('POST', ERASE('alpha', PEOPLE.p1), { as: PEOPLE.coordinator, body: { confirm: true } });
      expect(res.status).toBe(500);
      expect((await repos.enrolments.listByPerson(PEOPLE.p1)).length).toBe(2);
    });
  });
});
