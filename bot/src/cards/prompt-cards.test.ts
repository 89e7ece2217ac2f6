import { cardActions, cardTexts } from '../testing/card-inspect';
import { t, hasMessage } from '../i18n';
import type { Locale } from '../domain/locale';
import {
  buildPromptCard,
  buildPromptClosedCard,
  buildPromptReceiptCard,
  buildPromptSavingCard,
  buildPromptTryAgainCard,
  buildPromptUnavailableCard,
  type AdaptiveCard,
  type ChoiceInputView,
  type PromptCardData,
  type PromptInputView,
} from './index';

const header = {
  programmeName: 'Innovationsresan 2026',
  sessionLabel: 'Efter träff 1: Från problem till möjlighet',
  title: 'Reflektion efter träff 1',
};
const inputs: PromptInputView[] = [
  { kind: 'text', id: 'q_long', label: 'Vad tar du med dig?', required: true, value: '', multiline: true, maxLength: 2000 },
  { kind: 'text', id: 'q_short', label: 'En rubrik', required: false, value: 'Hej', multiline: false, maxLength: 80 },
  {
    kind: 'choice',
    id: 'q_one',
    label: 'Vilken del?',
    required: true,
    value: 'b',
    multiSelect: false,
    choices: ['a', 'b'].map((c) => ({ value: c, title: c.toUpperCase() })),
  },
  {
    kind: 'choice',
    id: 'q_many',
    label: 'Vilka delar?',
    required: false,
    value: 'a,c',
    multiSelect: true,
    choices: ['a', 'b', 'c', 'd', 'e', 'f'].map((c) => ({ value: c, title: c.toUpperCase() })),
  },
];

function promptCard(locale: Locale, over: Partial<PromptCardData> = {}): AdaptiveCard {
  return buildPromptCard({
    locale,
    header,
    text: 'Tänk på träffen.\n\nSkriv några rader.',
    due: 'måndag 7 december 17:00',
    visibility: 'cohort',
    inputs,
    actionData: { programmeId: 'inno-2026', promptId: 'reflection-1' },
    ...over,
  });
}

function allCards(locale: Locale): Record<string, AdaptiveCard> {
  return {
    prompt: promptCard(locale),
    promptWithErrors: promptCard(locale, {
      notice: { key: 'prompt.fixErrors' },
      inputs: [{ ...inputs[0], error: { key: 'answer.error.tooLong', params: { max: 2000, length: 2100 } } }],
    }),
    receipt: buildPromptReceiptCard({
      locale,
      header,
      answers: [
        { label: 'Vad tar du med dig?', lines: ['Rad ett', 'Rad två'] },
        { label: 'Frivillig', lines: [] },
      ],
      givenAt: 'tisdag 1 december 15:00',
      editedAt: 'onsdag 2 december 09:00',
      due: 'måndag 7 december 17:00',
      isOpen: true,
      actionData: { programmeId: 'inno-2026', promptId: 'reflection-1' },
      notice: { key: 'prompt.receipt.conflict' },
    }),
    receiptClosed: buildPromptReceiptCard({
      locale,
      header,
      answers: [{ label: 'Fråga', lines: ['Svar'] }],
      givenAt: 'x',
      due: 'y',
      isOpen: false,
      actionData: { programmeId: 'inno-2026', promptId: 'reflection-1' },
    }),
    closed: buildPromptClosedCard({ locale, header, reason: 'closed', when: 'måndag 7 december 17:00' }),
    notYetOpen: buildPromptClosedCard({
      locale,
      header: { ...header, sessionLabel: '' },
      reason: 'notYetOpen',
      when: 'tisdag 1 december 13:00',
    }),
    saving: buildPromptSavingCard({ locale, title: '' }),
    tryAgain: buildPromptTryAgainCard({ locale, title: 'Reflektion', retryData: { programmeId: 'p', promptId: 'r', q_long: 'kvar' } }),
    notFound: buildPromptUnavailableCard({ locale, reason: 'notFound' }),
    notEnrolled: buildPromptUnavailableCard({ locale, reason: 'notEnrolled' }),
    noIdentity: buildPromptUnavailableCard({ locale, reason: 'noIdentity' }),
  };
}

/** Every element of a card, depth first. */
function elements(card: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      out.push(node as Record<string, unknown>);
      Object.values(node).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe.each(['sv', 'en'] as const)('prompt cards (%s)', (locale) => {
  it('leave no unbound ${...} and no untranslated catalogue key', () => {
    for (const [name, card] of Object.entries(allCards(locale))) {
      expect({ name, unbound: JSON.stringify(card).includes('${') }).toEqual({ name, unbound: false });
      for (const text of cardTexts(card))
        expect({ name, text, key: /^(card|bot|error|prompt|answer)\.[\w.]+$/.test(text) }).toMatchObject({ key: false });
    }
  });

  it('are Adaptive Cards 1.5', () => {
    for (const card of Object.values(allCards(locale))) expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });
});

describe('the prompt card', () => {
  const card = promptCard('sv');
  const byId = (id: string) => elements(card).find((e) => e.id === id);

  it('shows the programme, the session, the title, the assignment, the due time and who sees the answer', () => {
    expect(cardTexts(card)).toEqual(
      expect.arrayContaining([
        header.programmeName,
        header.sessionLabel,
        header.title,
        'Tänk på träffen.',
        'Skriv några rader.',
        t('sv', 'prompt.due', { when: 'måndag 7 december 17:00' }),
        t('sv', 'prompt.visibility.cohort'),
      ]),
    );
  });

  it('makes a long text a multi-line Input.Text with its max length, label, isRequired and errorMessage', () => {
    expect(byId('q_long')).toMatchObject({
      type: 'Input.Text',
      isMultiline: true,
      maxLength: 2000,
      label: 'Vad tar du med dig?',
      isRequired: true,
      errorMessage: t('sv', 'prompt.required'),
    });
  });

  it('makes a short text a one-line Input.Text, marks it optional and keeps its value', () => {
    expect(byId('q_short')).toMatchObject({ type: 'Input.Text', isMultiline: false, maxLength: 80, isRequired: false, value: 'Hej' });
    expect(byId('q_short')?.label).toBe(`En rubrik ${t('sv', 'prompt.optional')}`);
  });

  it('shows up to five choices expanded and more as a drop-down; multi choice is multi-select with the value as "a,c"', () => {
    expect(byId('q_one')).toMatchObject({
      type: 'Input.ChoiceSet',
      style: 'expanded',
      isMultiSelect: false,
      value: 'b',
      choices: [
        { title: 'A', value: 'a' },
        { title: 'B', value: 'b' },
      ],
    });
    expect(byId('q_many')).toMatchObject({ type: 'Input.ChoiceSet', style: 'compact', isMultiSelect: true, value: 'a,c' });
  });

  it('sends answerPrompt with the prompt ids by Action.Execute, falling back to Action.Submit with the same data', () => {
    const [execute] = card.actions as Array<Record<string, unknown>>;
    const data = { verb: 'answerPrompt', programmeId: 'inno-2026', promptId: 'reflection-1' };
    expect(execute).toMatchObject({ type: 'Action.Execute', verb: 'answerPrompt', data, fallback: { type: 'Action.Submit', data } });
  });

  it('carries the version an edit is based on and says "save the change"', () => {
    const edit = promptCard('sv', { editing: true, actionData: { programmeId: 'p', promptId: 'r', baseVersion: 'W/"1"' } });
    expect(cardActions(edit)[0]).toMatchObject({ title: t('sv', 'prompt.saveEdit'), data: { baseVersion: 'W/"1"' } });
  });

  it('shows a field message under the input in attention colour, and a notice', () => {
    const withError = allCards('sv').promptWithErrors;
    const list = elements(withError);
    const input = list.findIndex((e) => e.id === 'q_long');
    expect(list.slice(input).find((e) => e.type === 'TextBlock')).toMatchObject({
      text: t('sv', 'answer.error.tooLong', { max: 2000, length: 2100 }),
      color: 'Attention',
    });
    expect(cardTexts(withError)).toContain(t('sv', 'prompt.fixErrors'));
  });
});

describe('the receipt', () => {
  const cards = allCards('en');

  it('shows the answers as given, line by line, an unanswered question as such, and when they were given and changed', () => {
    expect(cardTexts(cards.receipt)).toEqual(
      expect.arrayContaining([
        t('en', 'prompt.receipt.heading'),
        'Rad ett',
        'Rad två',
        t('en', 'prompt.receipt.noAnswer'),
        t('en', 'prompt.receipt.edited', { given: 'tisdag 1 december 15:00', edited: 'onsdag 2 december 09:00' }),
        t('en', 'prompt.receipt.conflict'),
      ]),
    );
  });

  it('offers "Edit answer" (Action.Execute editAnswer, Submit fallback) while the prompt is open, nothing when closed', () => {
    expect(cardActions(cards.receipt)[0]).toMatchObject({
      type: 'Action.Execute',
      verb: 'editAnswer',
      title: 'Edit answer',
      fallback: { type: 'Action.Submit' },
    });
    expect(cardActions(cards.receiptClosed)).toEqual([]);
    expect(cardTexts(cards.receiptClosed)).toContain(t('en', 'prompt.closed.answered', { when: 'y' }));
  });
});

describe('cards that take no answer', () => {
  const cards = allCards('sv');

  it('says a closed prompt is closed and offers nothing to submit', () => {
    expect(cardTexts(cards.closed)).toEqual(
      expect.arrayContaining([t('sv', 'prompt.closed.heading'), t('sv', 'prompt.closed.body', { when: 'måndag 7 december 17:00' })]),
    );
    expect(cardActions(cards.closed)).toEqual([]);
    expect(elements(cards.closed).some((e) => String(e.type).startsWith('Input.'))).toBe(false);
  });

  it('says when a prompt that is not open yet opens', () => {
    expect(cardTexts(cards.notYetOpen)).toContain(t('sv', 'prompt.notYetOpen.body', { when: 'tisdag 1 december 13:00' }));
    expect(cardActions(cards.notYetOpen)).toEqual([]);
  });

  it('has the saving card say the card will update, with no action', () => {
    expect(cardTexts(cards.saving)).toEqual([t('sv', 'prompt.saving.heading'), t('sv', 'prompt.saving.body')]);
    expect(cardActions(cards.saving)).toEqual([]);
  });

  it('has the try-again card send the same answers again', () => {
    expect(cardActions(cards.tryAgain)[0]).toMatchObject({
      type: 'Action.Execute',
      verb: 'answerPrompt',
      data: { verb: 'answerPrompt', programmeId: 'p', promptId: 'r', q_long: 'kvar' },
      fallback: { type: 'Action.Submit', data: { q_long: 'kvar' } },
    });
  });

  it('explains an unknown prompt, a programme one is not enrolled in and a missing identity', () => {
    expect(cardTexts(cards.notFound)).toContain(t('sv', 'prompt.unavailable.notFound.heading'));
    expect(cardTexts(cards.notEnrolled)).toContain(t('sv', 'prompt.unavailable.notEnrolled.body'));
    expect(cardTexts(cards.noIdentity)).toContain(t('sv', 'prompt.unavailable.noIdentity.heading'));
  });
});

describe('programme and user text on prompt cards', () => {
  const hostile = '${$root.label.submit} [click](https://evil.example) **bold** <at>x</at>\u202E';
  const cards = [
    buildPromptCard({
      locale: 'sv',
      header: { programmeName: hostile, sessionLabel: hostile, title: hostile },
      text: hostile,
      due: 'x',
      visibility: 'private',
      inputs: [
        { ...inputs[0], label: hostile, value: hostile },
        { ...(inputs[2] as ChoiceInputView), label: hostile, choices: [{ value: 'a', title: hostile }] },
      ],
      actionData: { programmeId: 'p', promptId: 'r' },
    }),
    buildPromptReceiptCard({
      locale: 'sv',
      header: { programmeName: hostile, title: hostile },
      answers: [{ label: hostile, lines: [hostile] }],
      givenAt: 'x',
      due: 'y',
      isOpen: true,
      actionData: { programmeId: 'p', promptId: 'r' },
    }),
    buildPromptClosedCard({ locale: 'sv', header: { programmeName: hostile, title: hostile }, reason: 'closed', when: 'x' }),
    buildPromptSavingCard({ locale: 'sv', title: hostile }),
  ];

  it('goes only into TextRuns, input labels, values and choice titles, never a TextBlock, unexpanded and without control characters', () => {
    for (const card of cards) {
      const holders = elements(card).filter((e) => Object.values(e).some((v) => typeof v === 'string' && v.includes('[click]')));
      expect(holders.length).toBeGreaterThan(0);
      for (const h of holders) {
        const kind = h.type === undefined ? 'choice' : String(h.type);
        expect(['TextRun', 'Input.Text', 'Input.ChoiceSet', 'choice']).toContain(kind);
      }
      const json = JSON.stringify(card);
      expect(json).toContain('${$root.label.submit}');
      expect(json).not.toContain('\u202E');
    }
  });

  it('never becomes a URL action', () => {
    for (const card of cards) expect(cardActions(card).some((a) => a.type === 'Action.OpenUrl')).toBe(false);
  });
});

describe('prompt catalogue', () => {
  it('has every rating label in both languages', () => {
    for (const n of [1, 2, 3, 4, 5]) expect(hasMessage(`prompt.rating.${n}`)).toBe(true);
  });
});
