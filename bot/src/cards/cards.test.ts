import fs from 'node:fs';
import path from 'node:path';
import { fixtureProgramme, fixturePrompts, fixtureSessions } from '../testing/programme-fixture';
import { cardActions, cardTexts } from '../testing/card-inspect';
import {
  buildAgendaCard,
  buildErrorCard,
  buildHelpCard,
  buildJoinedCard,
  buildJoinFailedCard,
  buildNotEnrolledCard,
  buildPromptListCard,
  buildWelcomeCard,
  toPromptListItem,
  toSessionView,
  type AdaptiveCard,
  type SessionView,
} from './index';
import { t } from '../i18n';
import type { Locale } from '../domain/locale';

const zone = fixtureProgramme.timeZone;
const session2 = (locale: Locale) => toSessionView(fixtureSessions[1], zone, locale);

function allCards(locale: Locale): Record<string, AdaptiveCard> {
  return {
    welcome: buildWelcomeCard({ locale, programmeName: 'P', nextSession: session2(locale), nextPromptAt: 'tisdag 8 december 13:00' }),
    welcomeNoSession: buildWelcomeCard({ locale, programmeName: 'P' }),
    agenda: buildAgendaCard({ locale, programmeName: 'P', session: session2(locale) }),
    agendaNone: buildAgendaCard({ locale, programmeName: 'P' }),
    help: buildHelpCard({ locale }),
    prompts: buildPromptListCard({ locale, programmeName: 'P', prompts: [toPromptListItem(fixturePrompts[0], zone, locale)] }),
    promptsEmpty: buildPromptListCard({ locale, programmeName: 'P', prompts: [] }),
    notEnrolled: buildNotEnrolledCard({ locale }),
    joined: buildJoinedCard({ locale, programmeName: 'P', alreadyEnrolled: false, nextSession: session2(locale) }),
    joinFailed: buildJoinFailedCard({ locale, reason: 'unknownCode', code: 'WRONG' }),
    joinFailedMissing: buildJoinFailedCard({ locale, reason: 'missingCode' }),
    error: buildErrorCard({ locale }),
  };
}

describe('session views', () => {
  it('formats the session time in the programme zone with weekday, date and time span', () => {
    expect(session2('sv').when).toBe('tisdag 8 december 09:00–12:00');
    expect(session2('en').when).toBe('Tuesday 8 December 09:00–12:00');
  });

  it('turns agenda items into time-span rows in start order', () => {
    expect(session2('sv').agenda.map((r) => r.time)).toEqual(['09:00–09:30', '09:30–11:00', '11:00–12:00']);
    expect(session2('en').agenda[1].title).toBe('Interview technique');
  });

  it('formats a prompt due time in local time', () => {
    expect(toPromptListItem(fixturePrompts[0], zone, 'sv')).toEqual({ title: 'Reflektion efter träff 1', due: 'måndag 7 december 17:00' });
  });
});

describe('card templates', () => {
  const dir = path.join(__dirname, 'templates');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'session-section.json');

  it.each(files)('%s declares Adaptive Card schema 1.5', (file) => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    expect(json).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.5' });
  });

  it.each(['sv', 'en'] as const)('leaves no unbound ${...} and no missing catalogue key in any card (%s)', (locale) => {
    for (const [name, card] of Object.entries(allCards(locale))) {
      const json = JSON.stringify(card);
      expect({ name, unbound: json.includes('${') }).toEqual({ name, unbound: false });
      for (const text of cardTexts(card))
        expect({ name, text, key: /^(card|bot|error)\.[\w.]+$/.test(text) }).toMatchObject({ key: false });
    }
  });

  it('builds the same card twice (templates are not mutated)', () => {
    expect(allCards('sv')).toEqual(allCards('sv'));
  });
});

describe('welcome card', () => {
  const card = buildWelcomeCard({ locale: 'sv', programmeName: 'Innovationsresan 2026', nextSession: session2('sv') });

  it('shows the programme, the next session with its local time and agenda rows', () => {
    const texts = cardTexts(card);
    expect(texts).toEqual(
      expect.arrayContaining(['Välkommen!', 'Innovationsresan 2026', 'Behov och insikter', 'tisdag 8 december 09:00–12:00']),
    );
    expect(texts).toEqual(expect.arrayContaining(['09:30–11:00', 'Intervjuteknik', t('sv', 'card.welcome.between1')]));
  });

  it('offers agenda, assignments and help as Action.Submit and the https meeting link as Action.OpenUrl', () => {
    const actions = cardActions(card);
    expect(actions.filter((a) => a.type === 'Action.Submit').map((a) => a.data)).toEqual([
      { command: 'agenda' },
      { command: 'prompts' },
      { command: 'help' },
    ]);
    expect(actions.find((a) => a.type === 'Action.OpenUrl')).toMatchObject({ url: 'https://teams.microsoft.com/l/meetup-join/session-2' });
  });

  it('renders the agenda as one ColumnSet per row', () => {
    const json = JSON.stringify(card);
    expect(json.match(/"ColumnSet"/g)).toHaveLength(3);
  });

  it('reads English for an English user', () => {
    const en = buildWelcomeCard({ locale: 'en', programmeName: 'X', nextSession: session2('en') });
    expect(cardTexts(en)).toEqual(
      expect.arrayContaining(['Welcome!', 'Next session', 'Needs and insights', 'Tuesday 8 December 09:00–12:00']),
    );
  });
});

describe('programme and user text', () => {
  const hostile = '${$root.label.heading} [click](https://evil.example) **bold** <at>x</at> _x_ `x`';
  const view: SessionView = {
    number: 2,
    title: hostile,
    when: 'tisdag 8 december 09:00–12:00',
    agenda: [{ time: '09:00–09:30', title: hostile, lead: hostile }],
    materials: [
      { title: hostile, url: 'javascript:alert(1)' },
      { title: hostile, url: 'http://plain.example/x' },
      { title: 'Ok', url: 'https://ok.example/x' },
    ],
    joinUrl: 'http://insecure.example/join',
  };
  const cards = [
    buildWelcomeCard({ locale: 'sv', programmeName: hostile, nextSession: view }),
    buildAgendaCard({ locale: 'sv', programmeName: hostile, session: view }),
    buildPromptListCard({ locale: 'sv', programmeName: hostile, prompts: [{ title: hostile, due: 'x' }] }),
    buildJoinedCard({ locale: 'sv', programmeName: hostile, alreadyEnrolled: true, nextSession: view }),
    buildJoinFailedCard({ locale: 'sv', reason: 'unknownCode', code: hostile }),
  ];

  it('goes only into TextRuns (no markdown) or action titles, never unexpanded or into a TextBlock', () => {
    for (const card of cards) {
      const holders: Array<Record<string, unknown>> = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          const obj = node as Record<string, unknown>;
          if ([obj.text, obj.title].some((v) => typeof v === 'string' && v.includes('[click]'))) holders.push(obj);
          Object.values(obj).forEach(walk);
        }
      };
      walk(card);
      expect(holders.length).toBeGreaterThan(0);
      for (const h of holders) expect(['TextRun', 'Action.OpenUrl']).toContain(h.type);
      expect(JSON.stringify(card)).toContain('${$root.label.heading}');
    }
  });

  it('never becomes a URL; only https URLs become Action.OpenUrl', () => {
    for (const card of cards) {
      const urls = cardActions(card).flatMap((a) => (a.url ? [a.url] : []));
      for (const url of urls) expect(url).toMatch(/^https:\/\//);
      expect(urls.some((u) => u.includes('evil') || u.includes('insecure') || u.includes('plain'))).toBe(false);
    }
    expect(
      cardActions(cards[1])
        .filter((a) => a.type === 'Action.OpenUrl')
        .map((a) => a.url),
    ).toEqual(['https://ok.example/x']);
  });
});

describe('prompt list card', () => {
  it('lists my open assignments with their due time', () => {
    const card = buildPromptListCard({ locale: 'sv', programmeName: 'P', prompts: [toPromptListItem(fixturePrompts[0], zone, 'sv')] });
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['Reflektion efter träff 1', 'Svara senast måndag 7 december 17:00']));
    expect(cardTexts(card)).not.toContain(t('sv', 'card.prompts.empty'));
  });

  it('shows the empty state when nothing is open', () => {
    const card = buildPromptListCard({ locale: 'en', programmeName: 'P', prompts: [] });
    expect(cardTexts(card)).toContain(t('en', 'card.prompts.empty'));
    expect(cardTexts(card)).not.toContain(t('en', 'card.prompts.intro'));
  });
});

describe('join cards', () => {
  it('shows back an unknown code as plain monospace text', () => {
    const card = buildJoinFailedCard({ locale: 'sv', reason: 'unknownCode', code: 'WRONG' });
    expect(JSON.stringify(card)).toContain('{"type":"TextRun","text":"WRONG","fontType":"Monospace","weight":"Bolder"}');
    expect(cardTexts(card)).toContain(t('sv', 'card.joinFailed.unknownCodeHint'));
  });

  it('says so when the person was already enrolled', () => {
    const card = buildJoinedCard({ locale: 'en', programmeName: 'P', alreadyEnrolled: true });
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['You are already enrolled in', 'P']));
  });

  it('tells how to join when not enrolled', () => {
    expect(cardTexts(buildNotEnrolledCard({ locale: 'sv' }))).toEqual(expect.arrayContaining([t('sv', 'card.notEnrolled.step2')]));
    expect(t('sv', 'card.notEnrolled.step2')).toContain('gå med KOD');
    expect(t('en', 'card.notEnrolled.step2')).toContain('join CODE');
  });
});
