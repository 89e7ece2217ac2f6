import type { AnswerSet, Prompt } from '../domain/model';
import { t } from '../i18n';
import { cardActions, cardTexts } from '../testing/card-inspect';
import { FIXTURE_NOW, fixtureProgramme, fixturePrompts, fixtureSessions } from '../testing/programme-fixture';
import { promptWindow, renderEditForm, renderPromptCard } from './prompt-card-view';

const prompt: Prompt = {
  ...fixturePrompts[0],
  visibility: 'anonymous',
  questions: [
    fixturePrompts[0].questions[0],
    { id: 'mood', type: 'rating', label: { sv: 'Hur nöjd är du?', en: 'How satisfied are you?' }, required: true },
    {
      id: 'parts',
      type: 'multiChoice',
      label: { sv: 'Vilka delar?', en: 'Which parts?' },
      required: false,
      choices: [
        { id: 'talk', label: { sv: 'Föredraget', en: 'The talk' } },
        { id: 'group', label: { sv: 'Gruppövningen', en: 'The group exercise' } },
      ],
    },
  ],
};
const input = { programme: fixtureProgramme, session: fixtureSessions[0], prompt, locale: 'sv' as const, now: FIXTURE_NOW };
const answer: AnswerSet = {
  programmeId: fixtureProgramme.id,
  promptId: prompt.id,
  person: { tenantId: '00000000-0000-0000-0000-000000000001', objectId: '00000000-0000-0000-0000-000000000020' },
  answers: { q1: 'Att lyssna mer', mood: 4, parts: ['talk', 'group'] },
  createdAt: '2026-12-01T15:00:00.000Z',
  editedAt: '2026-12-01T15:00:00.000Z',
  version: 'W/"etag-1"',
};
const inputs = (card: unknown) => JSON.stringify(card).match(/"type":"Input\.[A-Za-z]+"/g) ?? [];

describe('renderPromptCard', () => {
  it('renders the open form in the person’s language with the due time in the programme’s zone', () => {
    const card = renderPromptCard(input);
    expect(cardTexts(card)).toEqual(
      expect.arrayContaining([
        'Innovationsresan 2026',
        t('sv', 'prompt.session', { number: 1, title: 'Från problem till möjlighet' }),
        'Reflektion efter träff 1',
        'Vad tar du med dig?',
        t('sv', 'prompt.due', { when: 'måndag 7 december 17:00' }),
        t('sv', 'prompt.visibility.anonymous'),
      ]),
    );
    expect(inputs(card)).toEqual(['"type":"Input.Text"', '"type":"Input.ChoiceSet"', '"type":"Input.ChoiceSet"']);
    expect(JSON.stringify(card)).toContain(`"title":"${t('sv', 'prompt.rating.1')}"`);
  });

  it('reads English for an English reader', () => {
    expect(cardTexts(renderPromptCard({ ...input, locale: 'en' }))).toEqual(
      expect.arrayContaining([
        'The Innovation Journey 2026',
        t('en', 'prompt.due', { when: 'Monday 7 December 17:00' }),
        'What do you take with you?',
      ]),
    );
  });

  it('renders the receipt when the person has answered: choice titles and the rating label, not ids', () => {
    const card = renderPromptCard({ ...input, existing: answer });
    expect(cardTexts(card)).toEqual(
      expect.arrayContaining([
        t('sv', 'prompt.receipt.heading'),
        'Att lyssna mer',
        t('sv', 'prompt.rating.4'),
        'Föredraget',
        'Gruppövningen',
        t('sv', 'prompt.receipt.given', { when: 'tisdag 1 december 16:00' }),
      ]),
    );
    expect(inputs(card)).toEqual([]);
    expect(cardActions(card).map((a) => a.type)).toEqual(['Action.Execute', 'Action.Submit']);
  });

  it('renders the closed card at the due time itself, without inputs or actions', () => {
    const card = renderPromptCard({ ...input, now: new Date('2026-12-07T16:00:00Z') });
    expect(cardTexts(card)).toContain(t('sv', 'prompt.closed.heading'));
    expect(inputs(card)).toEqual([]);
    expect(cardActions(card)).toEqual([]);
  });

  it('shows a stored answer after the deadline without the edit action', () => {
    const card = renderPromptCard({ ...input, existing: answer, now: new Date('2026-12-08T00:00:00Z') });
    expect(cardTexts(card)).toEqual(
      expect.arrayContaining(['Att lyssna mer', t('sv', 'prompt.closed.answered', { when: 'måndag 7 december 17:00' })]),
    );
    expect(cardActions(card)).toEqual([]);
  });

  it('is not open before the send time', () => {
    const card = renderPromptCard({ ...input, now: new Date('2026-12-01T11:59:00Z') });
    expect(cardTexts(card)).toContain(t('sv', 'prompt.notYetOpen.body', { when: 'tisdag 1 december 13:00' }));
    expect(inputs(card)).toEqual([]);
  });
});

describe('the language a card carries', () => {
  it('sends back the language the form and the receipt are written in, with the prompt ids (display only)', () => {
    for (const locale of ['sv', 'en'] as const) {
      const form = cardActions(renderPromptCard({ ...input, locale }));
      const receipt = cardActions(renderPromptCard({ ...input, locale, existing: answer }));
      for (const action of [...form, ...receipt]) {
        expect(action.data).toMatchObject({ programmeId: fixtureProgramme.id, promptId: prompt.id, locale });
      }
    }
  });
});

describe('renderEditForm', () => {
  it('pre-fills the form with the stored answer as Teams sends it and bases the save on its version', () => {
    const json = JSON.stringify(renderEditForm(input, answer));
    expect(json).toContain('"id":"q_q1"');
    expect(json).toContain('"value":"Att lyssna mer"');
    expect(json).toContain('"value":"4"');
    expect(json).toContain('"value":"talk,group"');
    expect(json).toContain('"baseVersion":"W/\\"etag-1\\""');
  });
});

describe('promptWindow', () => {
  it('opens at sendAt and closes at dueAt by the given clock, in the programme zone', () => {
    const zone = fixtureProgramme.timeZone;
    expect(promptWindow(prompt, zone, new Date('2026-12-01T11:59:59Z'))).toBe('notYetOpen');
    expect(promptWindow(prompt, zone, new Date('2026-12-01T12:00:00Z'))).toBe('open');
    expect(promptWindow(prompt, zone, new Date('2026-12-07T15:59:59Z'))).toBe('open');
    expect(promptWindow(prompt, zone, new Date('2026-12-07T16:00:00Z'))).toBe('closed');
  });
});
