import { parseCardAction, retryDataOf } from './card-action';

describe('parseCardAction', () => {
  const ids = { programmeId: 'inno-2026', promptId: 'reflection-1' };

  it('reads an Action.Execute: the verb from the action, the inputs from the data', () => {
    expect(parseCardAction({ ...ids, q_q1: 'Svar' }, 'answerPrompt')).toEqual({
      verb: 'answerPrompt',
      ...ids,
      inputs: { q_q1: 'Svar' },
      ignoredIdentityKeys: [],
    });
  });

  it('reads an Action.Submit: the verb inside the data; the version an edit was based on', () => {
    expect(parseCardAction({ verb: 'answerPrompt', ...ids, baseVersion: 'W/"1"', q_q1: 'x' })).toMatchObject({
      verb: 'answerPrompt',
      baseVersion: 'W/"1"',
      inputs: { q_q1: 'x' },
    });
  });

  it('reads the language the card was written in, outside the inputs; a value not ours is ignored, not an input', () => {
    expect(parseCardAction({ ...ids, locale: 'en', q_q1: 'x' }, 'answerPrompt')).toMatchObject({ locale: 'en', inputs: { q_q1: 'x' } });
    for (const locale of ['de', 'EN', 7, { sv: true }]) {
      const action = parseCardAction({ ...ids, locale, q_q1: 'x' }, 'answerPrompt');
      expect(action?.inputs).toEqual({ q_q1: 'x' });
      expect(action).not.toHaveProperty('locale');
    }
  });

  it('keeps unknown keys among the inputs, for validation to reject', () => {
    expect(parseCardAction({ ...ids, extra: 1 }, 'answerPrompt')?.inputs).toEqual({ extra: 1 });
  });

  it('drops identity keys from the data and names them: the person comes from the activity only', () => {
    const action = parseCardAction(
      { ...ids, q_q1: 'x', objectId: 'victim', tenantId: 't', aadObjectId: 'v', from: { id: 'x' } },
      'answerPrompt',
    );
    expect(action?.inputs).toEqual({ q_q1: 'x' });
    expect(action?.ignoredIdentityKeys.sort()).toEqual(['aadObjectId', 'from', 'objectId', 'tenantId']);
  });

  it.each([
    ['not an object', 'x', 'answerPrompt'],
    ['an unknown verb', { ...ids }, 'deleteEverything'],
    ['a data verb that contradicts the action verb', { ...ids, verb: 'openPrompt' }, 'answerPrompt'],
    ['no verb at all (a plain Submit)', { ...ids }, undefined],
    ['a missing prompt id', { programmeId: 'inno-2026' }, 'answerPrompt'],
    ['an id that is not an id', { programmeId: 'INNO|2026', promptId: 'r' }, 'answerPrompt'],
    ['a version that is not a string', { ...ids, baseVersion: 7 }, 'answerPrompt'],
  ])('returns nothing for %s', (_what, data, verb) => {
    expect(parseCardAction(data, verb)).toBeUndefined();
  });
});

describe('retryDataOf', () => {
  it('keeps the prompt ids, the version and the answers as strings, and nothing else', () => {
    const action = parseCardAction(
      { programmeId: 'p', promptId: 'r', baseVersion: 'v', q_a: 'text', q_b: 3, extra: 'x', q_c: { no: 1 } },
      'answerPrompt',
    )!;
    expect(retryDataOf(action)).toEqual({ programmeId: 'p', promptId: 'r', baseVersion: 'v', q_a: 'text', q_b: '3' });
  });

  it('keeps the language the card was written in', () => {
    expect(retryDataOf(parseCardAction({ programmeId: 'p', promptId: 'r', locale: 'en', q_a: 'x' }, 'answerPrompt')!)).toEqual({
      programmeId: 'p',
      promptId: 'r',
      locale: 'en',
      q_a: 'x',
    });
  });
});
