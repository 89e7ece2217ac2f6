import type { Locale } from '../domain/locale';
import { t } from '../i18n';
import { cardActions, cardTexts } from '../testing/card-inspect';
import { fixtureProgramme, fixturePrompts, fixtureSessions } from '../testing/programme-fixture';
import { buildPromptReminderCard } from './prompt-reminder-card';
import { buildSessionReminderCard } from './session-reminder-card';
import { toPromptListItem, toSessionView } from './session-view';

const zone = fixtureProgramme.timeZone;

function cards(locale: Locale) {
  return {
    session: buildSessionReminderCard({
      locale,
      programmeName: 'Innovationsresan',
      session: toSessionView(fixtureSessions[1], zone, locale),
      bring: [toPromptListItem(fixturePrompts[0], zone, locale)],
    }),
    sessionWithoutBring: buildSessionReminderCard({
      locale,
      programmeName: 'P',
      session: { ...toSessionView(fixtureSessions[0], zone, locale), joinUrl: 'http://not-https.example.org' },
      bring: [],
    }),
    prompt: buildPromptReminderCard({ locale, programmeName: 'P', prompt: toPromptListItem(fixturePrompts[0], zone, locale) }),
  };
}

describe('reminder cards', () => {
  it('shows the session time, agenda, join link and the assignment to bring, in Swedish', () => {
    const texts = cardTexts(cards('sv').session);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Påminnelse: snart är det träff 2',
        'tisdag 8 december 09:00–12:00',
        'Intervjuteknik',
        'Ta med dig',
        'Reflektion efter träff 1',
        'Svara senast måndag 7 december 17:00',
      ]),
    );
    expect(cardActions(cards('sv').session)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'Action.OpenUrl', url: 'https://teams.microsoft.com/l/meetup-join/session-2' }),
      ]),
    );
  });

  it('leaves out the bring section when there is nothing to bring, and never links a non-https URL', () => {
    const card = cards('en').sessionWithoutBring;
    expect(cardTexts(card)).not.toContain('Bring along');
    expect(cardActions(card).filter((a) => a.type === 'Action.OpenUrl')).toEqual([]);
  });

  it('reminds of the prompt with its due time and a button to the open assignments, in English', () => {
    const card = cards('en').prompt;
    expect(cardTexts(card)).toEqual(
      expect.arrayContaining(['Reminder', 'Reflection after session 1', 'Please answer by Monday 7 December 17:00.']),
    );
    expect(cardActions(card)[0]).toMatchObject({
      type: 'Action.Submit',
      title: t('en', 'delivery.promptReminder.action'),
      data: { command: 'prompts' },
    });
  });

  it.each(['sv', 'en'] as const)('leaves no unbound ${...} and no catalogue key in any reminder card (%s)', (locale) => {
    for (const [name, card] of Object.entries(cards(locale))) {
      expect({ name, unbound: JSON.stringify(card).includes('${') }).toEqual({ name, unbound: false });
      for (const text of cardTexts(card)) expect({ name, text, key: /^(delivery|card)\.[\w.]+$/.test(text) }).toMatchObject({ key: false });
      expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    }
  });
});
