import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../domain/locale';
import { fixtureProgramme, fixturePrompts, fixtureSessions } from '../testing/programme-fixture';
import { expandCard, expandsDirectly, withTemplatingEngineOnly } from './adaptive-card';
import {
  buildAgendaCard,
  buildErrorCard,
  buildHelpCard,
  buildJoinedCard,
  buildJoinFailedCard,
  buildNotEnrolledCard,
  buildPromptCard,
  buildPromptClosedCard,
  buildPromptListCard,
  buildPromptReceiptCard,
  buildPromptSavingCard,
  buildPromptTryAgainCard,
  buildPromptUnavailableCard,
  buildWelcomeCard,
  toPromptListItem,
  toSessionView,
  type PromptInputView,
} from './index';
import { buildPromptReminderCard } from './prompt-reminder-card';
import { buildSessionReminderCard } from './session-reminder-card';

/**
 * `expandCard` expands our templates itself, without adaptive-expressions;
 * it must give exactly what adaptivecards-templating gives, for every card.
 */

const zone = fixtureProgramme.timeZone;
const header = { programmeName: 'Innovationsresan 2026', sessionLabel: 'Efter träff 1: Från problem till möjlighet', title: 'Reflektion' };
const inputs: PromptInputView[] = [
  { kind: 'text', id: 'q_long', label: 'Vad tar du med dig?', required: true, value: '', multiline: true, maxLength: 2000 },
  { kind: 'text', id: 'q_short', label: 'En rubrik', required: false, value: 'Hej ${secret}', multiline: false, maxLength: 80 },
  {
    kind: 'choice',
    id: 'q_one',
    label: 'Vilken del?',
    required: true,
    value: 'b',
    multiSelect: false,
    choices: ['a', 'b'].map((c) => ({ value: c, title: c.toUpperCase() })),
    error: { key: 'answer.error.required' },
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
const actionData = { programmeId: 'inno-2026', promptId: 'reflection-1', locale: 'sv' };

/** Every card builder, with and without its optional parts. */
function everyCard(locale: Locale): Record<string, () => unknown> {
  const session = toSessionView(fixtureSessions[1], zone, locale);
  const bare = { ...session, agenda: [], materials: [] };
  const listItem = toPromptListItem(fixturePrompts[0], zone, locale);
  return {
    welcome: () => buildWelcomeCard({ locale, programmeName: 'P', nextSession: session, nextPromptAt: 'tisdag 8 december 13:00' }),
    welcomeBare: () => buildWelcomeCard({ locale, programmeName: 'P', nextSession: bare }),
    welcomeNoSession: () => buildWelcomeCard({ locale, programmeName: 'P' }),
    agenda: () => buildAgendaCard({ locale, programmeName: 'P', session }),
    agendaNone: () => buildAgendaCard({ locale, programmeName: 'P' }),
    help: () => buildHelpCard({ locale }),
    prompts: () => buildPromptListCard({ locale, programmeName: 'P', prompts: [listItem, { ...listItem, title: 'Två' }] }),
    promptsEmpty: () => buildPromptListCard({ locale, programmeName: 'P', prompts: [] }),
    notEnrolled: () => buildNotEnrolledCard({ locale }),
    joined: () => buildJoinedCard({ locale, programmeName: 'P', alreadyEnrolled: false, nextSession: session }),
    joinedAgain: () => buildJoinedCard({ locale, programmeName: 'P', alreadyEnrolled: true }),
    joinFailed: () => buildJoinFailedCard({ locale, reason: 'unknownCode', code: 'WRONG' }),
    joinFailedMissing: () => buildJoinFailedCard({ locale, reason: 'missingCode' }),
    error: () => buildErrorCard({ locale }),
    prompt: () =>
      buildPromptCard({
        locale,
        header,
        text: 'Tänk.\n\nSkriv.',
        due: 'måndag 7 december 17:00',
        visibility: 'cohort',
        inputs,
        actionData,
      }),
    promptEditing: () =>
      buildPromptCard({
        locale,
        header: { ...header, sessionLabel: '' },
        text: 'x',
        due: 'y',
        visibility: 'anonymous',
        inputs: inputs.slice(0, 1),
        actionData: { ...actionData, baseVersion: 'W/"1"' },
        notice: { key: 'prompt.fixErrors' },
        editing: true,
      }),
    receipt: () =>
      buildPromptReceiptCard({
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
        actionData,
        notice: { key: 'prompt.receipt.conflict' },
      }),
    receiptClosed: () =>
      buildPromptReceiptCard({
        locale,
        header: { ...header, sessionLabel: '' },
        answers: [{ label: 'Fråga', lines: ['Svar'] }],
        givenAt: 'x',
        due: 'y',
        isOpen: false,
        actionData,
      }),
    closed: () => buildPromptClosedCard({ locale, header, reason: 'closed', when: 'måndag 7 december 17:00' }),
    notYetOpen: () => buildPromptClosedCard({ locale, header: { ...header, sessionLabel: '' }, reason: 'notYetOpen', when: 'x' }),
    saving: () => buildPromptSavingCard({ locale, title: '' }),
    savingTitled: () => buildPromptSavingCard({ locale, title: 'Reflektion' }),
    tryAgain: () => buildPromptTryAgainCard({ locale, title: 'Reflektion', retryData: { ...actionData, q_long: 'kvar' } }),
    notFound: () => buildPromptUnavailableCard({ locale, reason: 'notFound' }),
    noIdentity: () => buildPromptUnavailableCard({ locale, reason: 'noIdentity' }),
    promptReminder: () => buildPromptReminderCard({ locale, programmeName: 'P', prompt: listItem }),
    sessionReminder: () => buildSessionReminderCard({ locale, programmeName: 'P', session, bring: [listItem, listItem] }),
    sessionReminderBare: () =>
      buildSessionReminderCard({ locale, programmeName: 'P', session: { ...bare, joinUrl: 'http://not-https.example.org' }, bring: [] }),
  };
}

describe('expandCard', () => {
  it.each(['sv', 'en'] as const)('gives every card exactly as adaptivecards-templating does (%s)', (locale) => {
    for (const [name, build] of Object.entries(everyCard(locale))) {
      const ours = build();
      expect({ name, card: ours }).toEqual({ name, card: withTemplatingEngineOnly(build) });
      expect({ name, unbound: JSON.stringify(ours).includes('${label') }).toEqual({ name, unbound: false });
    }
  });

  const dir = path.join(__dirname, 'templates');
  const templates = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));

  it.each(templates)('expands %s itself', (file) => {
    expect(expandsDirectly(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as object)).toBe(true);
  });

  it.each(templates)('expands %s the same way as the engine for data that is missing, null, empty or oddly cased', (file) => {
    const template = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as object;
    const odd: object[] = [
      {},
      { label: null, header: { Title: 'cased', title: 'x' }, isOpen: 'yes', hasSession: 1, kind: 7, answers: [] },
      {
        answers: [
          { label: 'a', lines: [] },
          { label: 'b', lines: ['x', null] },
        ],
        inputs: [undefined],
        notice: '',
      },
      { programmeName: 'P', LABEL: { heading: 'upper' }, prompts: 'not an array', sessionSection: [{ type: 'TextBlock' }, { type: 'x' }] },
    ];
    for (const data of odd) {
      let engine: unknown;
      let engineError: unknown;
      try {
        engine = withTemplatingEngineOnly(() => expandCard(template, data));
      } catch (err) {
        engineError = err;
      }
      if (engineError) expect(() => expandCard(template, data)).toThrow();
      else expect(expandCard(template, data)).toEqual(engine);
    }
  });

  it('returns fresh objects: changing a card changes neither the template nor the next card', () => {
    const template = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '${title}', wrap: true }] };
    const first = expandCard(template, { title: 'a' });
    (first.body![0] as Record<string, unknown>).wrap = false;
    expect(expandCard(template, { title: 'b' })).toEqual({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'b', wrap: true }],
    });
    expect(template.body[0]).toEqual({ type: 'TextBlock', text: '${title}', wrap: true });
  });

  it('never evaluates ${...} inside data', () => {
    const template = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '${title}' }] };
    expect(expandCard(template, { title: '${secret}', secret: 'no' }).body).toEqual([{ type: 'TextBlock', text: '${secret}' }]);
  });

  it('leaves templates it does not know to the engine', () => {
    const template = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hej ${name}, ${count + 1}' }] };
    const data = { name: 'Alex', count: 2 };
    expect(expandCard(template, data)).toEqual(withTemplatingEngineOnly(() => expandCard(template, data)));
    expect(expandCard(template, data).body).toEqual([{ type: 'TextBlock', text: 'Hej Alex, 3' }]);
  });
});
