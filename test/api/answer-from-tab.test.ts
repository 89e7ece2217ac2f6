import type { AnswerResponse, ApiErrorBody } from '../../bot/src/api/contract';
import { apiHarness, PEOPLE, seed, type ApiHarness } from './api-fixture';

/** Answering and editing from the tab goes through the card's answer service: same rules, same ETags. */
let api: ApiHarness;

beforeAll(async () => {
  api = await apiHarness();
  await seed(api.repos);
});

const path = (promptId: string) => `/api/programmes/alpha/prompts/${promptId}/answer`;

describe('PUT …/prompts/:promptId/answer', () => {
  it('stores a first answer, then an edit from its version, and refuses a stale version with what is stored now', async () => {
    const first = await api.call('PUT', path('anonymous'), { as: PEOPLE.p1, body: { inputs: { text: 'Första', rating: 4 } } });
    expect(first.status).toBe(200);
    const saved = (first.body as AnswerResponse).answer;
    expect(saved.answers).toEqual({ text: 'Första', rating: 4 });

    const edit = await api.call('PUT', path('anonymous'), {
      as: PEOPLE.p1,
      body: { inputs: { text: 'Ändrat', rating: '5' }, version: saved.version },
    });
    expect(edit.status).toBe(200);
    expect((edit.body as AnswerResponse).answer.answers).toEqual({ text: 'Ändrat', rating: 5 });

    const stale = await api.call('PUT', path('anonymous'), {
      as: PEOPLE.p1,
      body: { inputs: { text: 'Gammalt' }, version: saved.version },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'STORAGE_CONFLICT' }, current: { answers: { text: 'Ändrat', rating: 5 } } });
    expect((await api.repos.answers.get('alpha', 'anonymous', PEOPLE.p1))?.answers.text).toBe('Ändrat');
  });

  it('answers invalid input with 400 and a translated message per field, storing nothing', async () => {
    const res = await api.call('PUT', path('cohort'), {
      as: PEOPLE.p3,
      acceptLanguage: 'en',
      body: { inputs: { text: 'x'.repeat(501), rating: 9, extra: 'y' } },
    });
    expect(res.status).toBe(400);
    const body = res.body as ApiErrorBody;
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields?.map((f) => f.field).sort()).toEqual(['q_extra', 'rating', 'text']);
    expect(body.error.fields?.find((f) => f.field === 'text')?.message).toContain('500');
    expect(await api.repos.answers.get('alpha', 'cohort', PEOPLE.p3)).toBeUndefined();
  });

  it('refuses a closed prompt and one not sent yet with 409 PROMPT_CLOSED', async () => {
    for (const promptId of ['closed', 'later']) {
      const res = await api.call('PUT', path(promptId), { as: PEOPLE.p3, body: { inputs: { text: 'sent' } } });
      expect([promptId, res.status, (res.body as ApiErrorBody).error.code]).toEqual([promptId, 409, 'PROMPT_CLOSED']);
    }
  });

  it('answers 404 for an unknown prompt and 400 for a body of the wrong shape', async () => {
    expect((await api.call('PUT', path('nope'), { as: PEOPLE.p3, body: { inputs: { text: 'x' } } })).status).toBe(404);
    expect((await api.call('PUT', path('cohort'), { as: PEOPLE.p3, body: { text: 'x' } })).status).toBe(400);
    expect((await api.call('PUT', path('cohort'), { as: PEOPLE.p3, body: { inputs: { text: { nested: 1 } } } })).status).toBe(400);
  });

  it('never lets the body choose whose answer it is', async () => {
    const res = await api.call('PUT', path('cohort'), { as: PEOPLE.p3, body: { inputs: { text: 'mitt' }, person: PEOPLE.p1 } });
    expect(res.status).toBe(400);
    expect((await api.repos.answers.get('alpha', 'cohort', PEOPLE.p1))?.answers.text).toBe('Pia delar med sig');
  });

  it('leaves one answer after ten identical parallel submissions', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => api.call('PUT', path('private'), { as: PEOPLE.p2, body: { inputs: { text: 'Samma' } } })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect((await api.repos.answers.listByPrompt('alpha', 'private')).filter((a) => a.person.objectId === PEOPLE.p2.objectId)).toHaveLength(
      1,
    );
  });
});
