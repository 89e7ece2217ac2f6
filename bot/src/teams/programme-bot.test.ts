import type { Activity } from 'botbuilder';
import { t } from '../i18n';
import { silentLogger } from '../logger';
import { createInMemoryRepositories, type Repositories } from '../storage';
import { startConnectorFake, type ConnectorFake } from '../testing/connector-fake';
import { and, cardShowing, converse, textReply, type Turn } from '../testing/conversation-table';
import {
  FIXTURE_NOW,
  FIXTURE_PROGRAMME_ID,
  fixtureProgramme,
  fixturePrompts,
  fixtureSessions,
  rosterEnrolment,
} from '../testing/programme-fixture';
import {
  memberOf,
  teamsBotAdded,
  teamsInstallationUpdate,
  teamsMessage,
  teamsParty,
  teamsSubmit,
  type TeamsParty,
} from '../testing/teams-activities';
import { TeamsTestAdapter } from '../testing/teams-test-adapter';
import { ProgrammeBot } from './programme-bot';
import { createTurnErrorHandler } from './turn-error';

const alex = teamsParty();
const megan = teamsParty({
  userId: '29:1meganb-teams-user-id',
  aadObjectId: '00000000-0000-0000-0000-0000000000021',
  userName: 'Megan Bowen',
  email: 'meganb@example.com',
  conversationId: 'a:1personal-chat-meganb',
});
const adele = teamsParty({
  userId: '29:1adelev-teams-user-id',
  aadObjectId: '00000000-0000-0000-0000-0000000000022',
  userName: 'Adele Vance',
  email: 'adelev@example.com',
  conversationId: 'a:1personal-chat-adelev',
  locale: 'en-US',
});
const alexRef = { tenantId: alex.tenantId, objectId: alex.aadObjectId };

let fake: ConnectorFake;
beforeAll(async () => {
  fake = await startConnectorFake({ members: [memberOf(alex), memberOf(megan), memberOf(adele)] });
});
afterAll(() => fake.close());

interface Setup {
  repos: Repositories;
  adapter: TeamsTestAdapter;
  party: TeamsParty;
}

async function setup(party: TeamsParty, options: { roster?: string[]; repos?: Repositories } = {}): Promise<Setup> {
  const repos = options.repos ?? createInMemoryRepositories();
  await repos.programmes.save(fixtureProgramme, fixtureSessions, fixturePrompts);
  for (const email of options.roster ?? []) await repos.enrolments.put(rosterEnrolment(email));
  const bot = new ProgrammeBot({ repos, clock: () => FIXTURE_NOW, logger: silentLogger() });
  const withFake = { ...party, serviceUrl: fake.url };
  const adapter = new TeamsTestAdapter((context) => bot.run(context), withFake);
  adapter.onTurnError = createTurnErrorHandler(silentLogger());
  return { repos, adapter, party: withFake };
}

// Swedish and English labels, straight from the catalogues.
const sv = (key: string, params?: Record<string, string | number>) => t('sv', key, params);
const en = (key: string, params?: Record<string, string | number>) => t('en', key, params);

const welcomeSv = cardShowing(sv('card.welcome.heading'), 'Innovationsresan 2026', 'Behov och insikter', 'tisdag 8 december 09:00–12:00');
const helpSv = cardShowing(sv('card.help.heading'), sv('card.help.cmd.join'));
const helpEn = cardShowing(en('card.help.heading'), en('card.help.cmd.join'));
const agendaSv = cardShowing(
  sv('card.agenda.heading'),
  'Behov och insikter',
  'tisdag 8 december 09:00–12:00',
  'Incheckning',
  'Intervjuteknik',
  'Gruppövning och reflektion',
);
const agendaEn = cardShowing(
  en('card.agenda.heading'),
  'Needs and insights',
  'Tuesday 8 December 09:00–12:00',
  'Check-in',
  'Interview technique',
);
const promptsSv = cardShowing(
  sv('card.prompts.heading'),
  'Reflektion efter träff 1',
  sv('card.prompts.due', { when: 'måndag 7 december 17:00' }),
);
const notEnrolledSv = cardShowing(sv('card.notEnrolled.heading'), sv('card.notEnrolled.step2'));
const joinFailedSv = (code: string) => cardShowing(sv('card.joinFailed.heading'), code, sv('card.joinFailed.unknownCodeHint'));

function withMention(party: TeamsParty, text: string): Partial<Activity> {
  const mention = `<at>${party.botName}</at>`;
  return {
    ...teamsMessage(party, `${mention} ${text}`),
    entities: [{ type: 'mention', text: mention, mentioned: { id: party.botId, name: party.botName } }],
  };
}

describe('ProgrammeBot conversations', () => {
  it('greets a roster participant in Swedish and answers their commands', async () => {
    const { adapter, party } = await setup(alex, { roster: ['alexw@example.com'] });
    const turns: Turn[] = [
      [teamsInstallationUpdate(party), welcomeSv],
      ['hjälp', helpSv],
      ['  HJÄLP! ', helpSv],
      [withMention(party, 'hjälp'), helpSv],
      ['agenda', agendaSv],
      ['nästa', agendaSv],
      [teamsSubmit(party, { command: 'agenda' }), agendaSv],
      ['uppgifter', promptsSv],
      [teamsSubmit(party, { command: 'prompts' }), promptsSv],
      [teamsSubmit(party, { command: 'help' }), helpSv],
      ['gå med WRONG', joinFailedSv('WRONG')],
      ['gå med', cardShowing(sv('card.joinFailed.heading'), sv('card.joinFailed.missingCode'))],
      ['gå med INNO2026', cardShowing(sv('card.joined.heading'), sv('card.joined.already'), 'Innovationsresan 2026')],
      ['vad är klockan?', textReply(sv('bot.unknown'))],
    ];
    await converse(adapter, turns);
  });

  it('answers in English when the Teams client is English, whatever language the command is in', async () => {
    const { adapter } = await setup(adele, { roster: ['adelev@example.com'] });
    await converse(adapter, [
      ['help', helpEn],
      ['hjälp', helpEn],
      ['next', agendaEn],
      [
        'prompts',
        cardShowing(en('card.prompts.heading'), 'Reflection after session 1', en('card.prompts.due', { when: 'Monday 7 December 17:00' })),
      ],
      ['join', cardShowing(en('card.joinFailed.heading'), en('card.joinFailed.missingCode'))],
      ['what now', textReply(en('bot.unknown'))],
    ]);
  });

  it('writes in the roster language even when the Teams client is English, until the person chooses another', async () => {
    const repos = createInMemoryRepositories();
    const { adapter, party } = await setup(adele, { repos });
    await repos.enrolments.put({ ...rosterEnrolment('adelev@example.com', 'Adele Vance'), language: 'sv' });
    await converse(adapter, [
      [teamsInstallationUpdate(party), welcomeSv],
      ['help', helpSv],
      ['language en', textReply(en('bot.language.set'))],
      ['hjälp', helpEn],
      ['språk', textReply(en('bot.language.usage'))],
      ['språk sv', textReply(sv('bot.language.set'))],
      ['help', helpSv],
    ]);
    const person = await repos.people.get({ tenantId: adele.tenantId, objectId: adele.aadObjectId });
    expect(person).toMatchObject({ locale: 'sv', languagePreference: 'sv' });
  });

  it('shows someone not enrolled how to join, and lets them join with the code', async () => {
    const { adapter, repos, party } = await setup(megan, { roster: ['alexw@example.com'] });
    await converse(adapter, [
      [teamsInstallationUpdate(party), notEnrolledSv],
      ['agenda', notEnrolledSv],
      ['uppgifter', notEnrolledSv],
      [teamsSubmit(party, { command: 'agenda' }), notEnrolledSv],
      ['hjälp', helpSv],
      ['gå med WRONG', joinFailedSv('WRONG')],
      ['gå med inno2026', cardShowing(sv('card.joined.heading'), sv('card.joined.body'), 'Innovationsresan 2026', 'Behov och insikter')],
      ['agenda', agendaSv],
      ['gå med INNO2026', cardShowing(sv('card.joined.already'))],
    ]);
    const enrolments = await repos.enrolments.listByPerson({ tenantId: party.tenantId, objectId: party.aadObjectId });
    expect(enrolments).toEqual([
      expect.objectContaining({
        programmeId: FIXTURE_PROGRAMME_ID,
        role: 'participant',
        source: 'joinCode',
        person: { tenantId: party.tenantId, objectId: party.aadObjectId },
      }),
    ]);
  });

  it('treats a code with characters no join code has as a wrong code', async () => {
    const { adapter } = await setup(megan);
    await converse(adapter, [['gå med a/b|c', joinFailedSv('a/b|c')]]);
  });
});

describe('ProgrammeBot on install', () => {
  it('stores the conversation and the person by tenant and object id, and binds the roster enrolment', async () => {
    const { adapter, repos, party } = await setup(alex, { roster: ['alexw@example.com'] });
    await converse(adapter, [[teamsInstallationUpdate(party), welcomeSv]]);

    expect(await repos.conversations.get(alexRef)).toMatchObject({
      person: alexRef,
      serviceUrl: fake.url,
      conversationId: party.conversationId,
      channelId: 'msteams',
      botId: party.botId,
      userId: party.userId,
      locale: 'sv',
      greetedAt: FIXTURE_NOW.toISOString(),
    });
    expect(await repos.people.get(alexRef)).toMatchObject({ ...alexRef, displayName: 'Alex Wilber', locale: 'sv' });
    expect(await repos.enrolments.listByPerson(alexRef)).toEqual([
      expect.objectContaining({ programmeId: FIXTURE_PROGRAMME_ID, source: 'roster', person: alexRef }),
    ]);
  });

  it('greets only once when installationUpdate and conversationUpdate both arrive, or arrive again', async () => {
    const { adapter, party } = await setup(alex, { roster: ['alexw@example.com'] });
    await adapter
      .send(teamsInstallationUpdate(party))
      .assertReply(welcomeSv)
      .send(teamsBotAdded(party))
      .send(teamsInstallationUpdate(party))
      .assertNoReply('no second greeting', 50);
  });

  it('greets on conversationUpdate alone, as a Teams client that sends no installationUpdate', async () => {
    const { adapter, party } = await setup(alex, { roster: ['alexw@example.com'] });
    await converse(adapter, [[teamsBotAdded(party), welcomeSv]]);
  });

  it('greets in English when the install comes from an English Teams client', async () => {
    const { adapter, party } = await setup(adele, { roster: ['adelev@example.com'] });
    await converse(adapter, [
      [teamsInstallationUpdate(party), cardShowing(en('card.welcome.heading'), 'The Innovation Journey 2026', 'Needs and insights')],
    ]);
  });

  it('ignores a conversationUpdate that adds someone else', async () => {
    const { adapter, party } = await setup(alex, { roster: ['alexw@example.com'] });
    await adapter.send({ ...teamsBotAdded(party), membersAdded: [{ id: party.userId, name: '' }] }).assertNoReply('no greeting', 50);
  });

  it('does not greet or store a reference for an install in a team or group chat', async () => {
    const { adapter, repos, party } = await setup(alex, { roster: ['alexw@example.com'] });
    const install = teamsInstallationUpdate(party);
    await adapter
      .send({
        ...install,
        conversation: { ...install.conversation!, id: '19:group@thread.v2', conversationType: 'groupChat', isGroup: true },
      })
      .assertNoReply('silent', 50);
    expect(await repos.conversations.get(alexRef)).toBeUndefined();
  });

  it('does not take over a roster enrolment already bound to another person with the same e-mail', async () => {
    const { adapter, repos, party } = await setup(alex, { roster: ['alexw@example.com'] });
    await converse(adapter, [[teamsInstallationUpdate(party), welcomeSv]]);

    const impostor = teamsParty({
      userId: '29:1impostor',
      aadObjectId: '00000000-0000-0000-0000-0000000000066',
      email: 'alexw@example.com',
      conversationId: 'a:1personal-chat-impostor',
      serviceUrl: fake.url,
    });
    fake.members.push(memberOf(impostor));
    try {
      const second = new TeamsTestAdapter(
        (context) => new ProgrammeBot({ repos, clock: () => FIXTURE_NOW, logger: silentLogger() }).run(context),
        impostor,
      );
      await converse(second, [
        [teamsInstallationUpdate(impostor), notEnrolledSv],
        ['agenda', notEnrolledSv],
      ]);
    } finally {
      fake.members.pop();
    }
    expect(await repos.enrolments.listByProgramme(FIXTURE_PROGRAMME_ID)).toEqual([expect.objectContaining({ person: alexRef })]);
  });

  it('greets with the not-enrolled card when the member look-up fails', async () => {
    const stranger = teamsParty({
      userId: '29:1unknown',
      aadObjectId: '00000000-0000-0000-0000-0000000000099',
      email: 'nobody@example.com',
    });
    const { adapter } = await setup(stranger, { roster: ['alexw@example.com'] });
    await converse(adapter, [[teamsInstallationUpdate({ ...stranger, serviceUrl: fake.url }), notEnrolledSv]]);
  });
});

describe('ProgrammeBot later turns', () => {
  it('refreshes the stored serviceUrl and locale from every personal message', async () => {
    const { adapter, repos, party } = await setup(alex, { roster: ['alexw@example.com'] });
    await converse(adapter, [
      [teamsInstallationUpdate(party), welcomeSv],
      [teamsMessage({ ...party, serviceUrl: `${fake.url}moved/`, locale: 'en-GB' }, 'help'), helpEn],
    ]);
    expect(await repos.conversations.get(alexRef)).toMatchObject({
      serviceUrl: `${fake.url}moved/`,
      locale: 'en',
      greetedAt: FIXTURE_NOW.toISOString(),
    });
    expect(await repos.people.get(alexRef)).toMatchObject({ locale: 'en' });
  });

  it('keeps the personal reference when the person writes in a group chat', async () => {
    const { adapter, repos, party } = await setup(alex, { roster: ['alexw@example.com'] });
    const group = teamsMessage(party, 'hjälp');
    await converse(adapter, [
      [teamsInstallationUpdate(party), welcomeSv],
      [
        { ...group, conversation: { ...group.conversation!, id: '19:group@thread.v2', conversationType: 'groupChat', isGroup: true } },
        helpSv,
      ],
    ]);
    expect(await repos.conversations.get(alexRef)).toMatchObject({ conversationId: party.conversationId });
  });

  it('marks a prompt the person has answered as answered, with an action that shows the answer', async () => {
    const { adapter, repos } = await setup(alex, { roster: ['alexw@example.com'] });
    await converse(adapter, [['uppgifter', promptsSv]]);
    await repos.answers.create({
      programmeId: FIXTURE_PROGRAMME_ID,
      promptId: 'reflection-1',
      person: alexRef,
      answers: { q1: 'Mycket' },
      createdAt: FIXTURE_NOW.toISOString(),
      editedAt: FIXTURE_NOW.toISOString(),
    });
    await converse(adapter, [['uppgifter', and(promptsSv, cardShowing(sv('prompt.list.answered'), sv('prompt.list.showAnswer')))]]);
  });

  it('finds a roster enrolment added after the install', async () => {
    const { adapter, repos, party } = await setup(alex);
    await converse(adapter, [[teamsInstallationUpdate(party), notEnrolledSv]]);
    await repos.enrolments.put(rosterEnrolment('alexw@example.com'));
    await converse(adapter, [['agenda', agendaSv]]);
  });

  it('shows a generic error card in the user language when something fails', async () => {
    const repos = createInMemoryRepositories();
    const failing: Repositories = {
      ...repos,
      programmes: {
        ...repos.programmes,
        save: (...a) => repos.programmes.save(...a),
        load: () => Promise.reject(new Error('storage down for alexw@example.com')),
      },
    };
    const { adapter } = await setup(adele, { roster: ['adelev@example.com'], repos: failing });
    await converse(adapter, [['next', cardShowing(en('card.error.heading'), en('error.generic'))]]);
  });
});
