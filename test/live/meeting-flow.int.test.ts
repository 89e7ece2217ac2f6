import { join } from 'node:path';
import { startApp, type RunningApp } from '../../bot/src/app';
import type { LiveMeetingView, LiveRunView, LiveSessionReport } from '../../bot/src/api/live-contract';
import { loadConfig } from '../../bot/src/config';
import { t } from '../../bot/src/i18n';
import { silentLogger } from '../../bot/src/logger';
import { adaptiveCardOf, cardTexts } from '../../bot/src/testing/card-inspect';
import { invokeResponseCard } from '../../bot/src/testing/card-invokes';
import { startConnectorFake, type ConnectorFake } from '../../bot/src/testing/connector-fake';
import {
  meetingBotAdded,
  meetingCardInvoke,
  meetingLifecycleEvent,
  meetingParticipantsEvent,
  teamsMeeting,
} from '../../bot/src/testing/meeting-activities';
import { postActivity, type TeamsParty } from '../../bot/src/testing/teams-activities';
import { LIVE_NOW, LIVE_PROGRAMME_ID, liveMembers, livePeople, seedLiveProgramme, type LivePeople } from './live-fixture';

/**
 * A live session end to end over real HTTP on loopback: Table Storage on
 * Azurite, Teams-shaped meeting activities posted to /api/messages, the tab
 * API with development tokens, and the Bot Connector fake standing in for
 * Teams (meeting participant API, posts and activity updates into the
 * meeting chat, personal chats for the follow-up). The clock runs from
 * 8 December 2026 11:55 in Stockholm, during session 2.
 */

const ROOT = join(__dirname, '..', '..');
const INTERVAL_MS = 1000;
/**
 * The server claims update slots at least INTERVAL_MS apart; the fake sees
 * them after the answers are read and the card is built, so the gaps it
 * measures carry that jitter (over 50 ms on a busy CI machine).
 */
const ARRIVAL_JITTER_MS = 300;
let app: RunningApp;
let connector: ConnectorFake;
let people: LivePeople;
const meeting = teamsMeeting();
const offset = LIVE_NOW.getTime() - Date.now();
const clock = () => new Date(Date.now() + offset);
const tokens = new Map<string, string>();

beforeAll(async () => {
  connector = await startConnectorFake();
  people = livePeople(connector.url);
  connector.members = liveMembers(people);
  connector.meetingRoles.set(people.fia.aadObjectId, 'Organizer');
  connector.meetingRoles.set(people.fred.aadObjectId, 'Attendee');
  for (const p of [people.pia, people.per, people.pal]) connector.meetingRoles.set(p.aadObjectId, 'Attendee');
  const config = loadConfig({
    envDir: join(ROOT, 'env'),
    environment: {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      STORAGE_CONNECTION_STRING: process.env.TEST_STORAGE_CONNECTION_STRING,
      TABLE_PREFIX: `live${Date.now().toString(36)}`,
      LIVE_RESULTS_INTERVAL_SECONDS: String(INTERVAL_MS / 1000),
    },
  });
  app = await startApp({ config, logger: silentLogger(), clock });
  await seedLiveProgramme(app.repos, people, connector.url);
});

afterAll(async () => {
  await app?.close();
  await connector?.close();
});

const post = (activity: object): Promise<Response> => postActivity(app.url, activity);

async function tokenFor(party: TeamsParty): Promise<string> {
  const cached = tokens.get(party.aadObjectId);
  if (cached) return cached;
  const res = await fetch(`${app.url}/api/dev-auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ objectId: party.aadObjectId }),
  });
  expect(res.status).toBe(200);
  const { accessToken } = (await res.json()) as { accessToken: string };
  tokens.set(party.aadObjectId, accessToken);
  return accessToken;
}

async function api(party: TeamsParty, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${app.url}/api/live/meetings/${encodeURIComponent(meeting.chatId)}${path}`, {
    method,
    headers: { authorization: `Bearer ${await tokenFor(party)}`, 'content-type': 'application/json', 'accept-language': 'sv' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

async function invokeCard(party: TeamsParty, verb: string, data: Record<string, unknown>) {
  const res = await post(meetingCardInvoke(party, meeting, verb, data));
  expect(res.status).toBe(200);
  return invokeResponseCard(await res.json());
}

const minutesAfter = (minutes: number) => new Date(LIVE_NOW.getTime() + minutes * 60_000);

describe('a live session in a Teams meeting', () => {
  let run: LiveRunView;
  /** The live question card's `Action.Execute` data for the run started below, with the answer when given. */
  const liveAnswerData = (answer?: unknown) => ({
    verb: 'liveAnswer',
    programmeId: LIVE_PROGRAMME_ID,
    sessionNumber: 2,
    runId: run.runId,
    locale: 'sv',
    ...(answer !== undefined ? { answer } : {}),
  });

  it('learns the meeting chat when the app is added, and binds it only for the programme’s facilitators', async () => {
    expect((await post(meetingBotAdded(people.fia, meeting))).status).toBe(200);
    const chat = await app.repos.meetings.get(meeting.chatId);
    expect(chat).toMatchObject({ chatId: meeting.chatId, meetingId: meeting.meetingId, serviceUrl: connector.url });
    expect(chat?.programmeId).toBeUndefined();

    const before = (await (await api(people.fia, 'GET', '')).json()) as LiveMeetingView;
    expect(before).toMatchObject({ bound: false, chatKnown: true });
    expect(before.bound === false && before.programmes.map((p) => p.id)).toEqual([LIVE_PROGRAMME_ID]);
    const forParticipant = (await (await api(people.pia, 'GET', '')).json()) as LiveMeetingView;
    expect(forParticipant.bound === false && forParticipant.programmes).toEqual([]);

    expect((await api(people.pia, 'PUT', '/binding', { programmeId: LIVE_PROGRAMME_ID, sessionNumber: 2 })).status).toBe(403);
    const bound = await api(people.fia, 'PUT', '/binding', { programmeId: LIVE_PROGRAMME_ID, sessionNumber: 2 });
    expect(bound.status).toBe(200);
    const view = (await bound.json()) as LiveMeetingView;
    expect(view).toMatchObject({ bound: true, canFacilitate: true, session: { number: 2 } });
    expect(view.bound && view.livePrompts.map((p) => p.id)).toEqual(['energy', 'word', 'next']);
    // The meeting role came from the Bot Connector's meeting participant API, not from the tab.
    expect(connector.meetingLookups).toContainEqual({
      meetingId: meeting.meetingId,
      participantId: people.fia.aadObjectId,
      tenantId: people.fia.tenantId,
    });
  });

  it('records attendance from participant events, once per event, only for people enrolled', async () => {
    await post(meetingLifecycleEvent(people.fia, meeting, 'start', minutesAfter(-60)));
    const join = meetingParticipantsEvent(
      people.fia,
      meeting,
      'join',
      [people.pia, people.per, people.pal, people.stranger],
      minutesAfter(-55),
    );
    expect((await post(join)).status).toBe(200);
    expect((await post({ ...join, id: 'repeated' })).status).toBe(200);
    const attendance = await app.repos.live.listAttendance(LIVE_PROGRAMME_ID, 2);
    expect(attendance.map((a) => a.person.objectId).sort()).toEqual([people.pia, people.per, people.pal].map((p) => p.aadObjectId).sort());
    for (const record of attendance) expect(record.events).toEqual([{ kind: 'join', at: minutesAfter(-55).toISOString() }]);
  });

  it('lets only the meeting’s organizer or presenters among the facilitators move the agenda, and everyone sees it', async () => {
    expect((await api(people.pia, 'PUT', '/agenda', { item: 1 })).status).toBe(403);
    const asAttendee = await api(people.fred, 'PUT', '/agenda', { item: 1 });
    expect(asAttendee.status).toBe(403);
    expect(((await asAttendee.json()) as { error: { code: string } }).error.code).toBe('MEETING_ROLE_REQUIRED');
    const fredView = (await (await api(people.fred, 'GET', '')).json()) as LiveMeetingView;
    expect(fredView.bound && fredView.canFacilitate).toBe(false);

    expect((await api(people.fia, 'PUT', '/agenda', { item: 2 })).status).toBe(200);
    const seen = (await (await api(people.pia, 'GET', '')).json()) as LiveMeetingView;
    expect(seen.bound && seen.position.currentItem).toBe(2);
    expect(seen.bound && seen.canFacilitate).toBe(false);
    expect(seen.bound && seen.livePrompts).toEqual([]);
    expect(seen.bound && seen.position.secondsLeft).toBeGreaterThan(59 * 60);
  });

  it('posts a live prompt into the meeting chat with per-person refresh and a results card', async () => {
    expect((await api(people.pia, 'POST', '/runs', { livePromptId: 'energy' })).status).toBe(403);
    const res = await api(people.fia, 'POST', '/runs', { livePromptId: 'energy' });
    expect(res.status).toBe(201);
    run = (await res.json()) as LiveRunView;
    expect(run).toMatchObject({ state: 'open', prompt: { id: 'energy', type: 'rating' }, results: { answers: 0 } });

    const posted = connector.activities.filter((a) => a.conversationId === meeting.chatId);
    expect(posted).toHaveLength(2);
    const question = adaptiveCardOf(posted[0].activity)!;
    expect(cardTexts(question)).toContain('Hur mycket energi har du?');
    const refresh = question.refresh as { action: { verb: string }; userIds?: string[] };
    expect(refresh.action.verb).toBe('liveRefresh');
    expect(refresh.userIds).toHaveLength(Object.keys(people).length);
    expect(cardTexts(adaptiveCardOf(posted[1].activity))).toContain(t('sv', 'live.results.count.other', { count: 0 }));
  });

  it('takes answers through Action.Execute: each person’s own card, one answer per person, bad input refused', async () => {
    const cards = await Promise.all([
      ...Array.from({ length: 10 }, () => invokeCard(people.pia, 'liveAnswer', liveAnswerData('4'))),
      invokeCard(people.per, 'liveAnswer', liveAnswerData('5')),
      invokeCard(people.pal, 'liveAnswer', { ...liveAnswerData('2'), objectId: people.per.aadObjectId }),
    ]);
    for (const card of cards) expect(cardTexts(card)).toContain(t('sv', 'live.answered.heading'));

    const invalid = await invokeCard(people.pam, 'liveAnswer', liveAnswerData('9'));
    expect(cardTexts(invalid)).toContain(t('sv', 'live.error.invalid'));
    const stranger = await invokeCard(people.stranger, 'liveAnswer', liveAnswerData('3'));
    expect(cardTexts(stranger)).toContain(t('sv', 'live.notPart.heading'));

    const answers = await app.repos.live.listAnswers(LIVE_PROGRAMME_ID, 2, run.runId);
    expect(answers.map((a) => [a.person.objectId, a.value]).sort()).toEqual(
      [
        [people.pia.aadObjectId, 4],
        [people.per.aadObjectId, 5],
        [people.pal.aadObjectId, 2],
      ].sort(),
    );

    const refreshed = await invokeCard(people.pia, 'liveRefresh', { ...liveAnswerData(), verb: 'liveRefresh' });
    expect(JSON.stringify(refreshed)).toContain('{"title":"Ditt svar","value":"4"}');
    const edit = await invokeCard(people.pia, 'liveEdit', { ...liveAnswerData(), verb: 'liveEdit' });
    expect(JSON.stringify(edit)).toContain('"value":"4"');
    await invokeCard(people.pia, 'liveAnswer', liveAnswerData('3'));
    expect(
      (await app.repos.live.getAnswer(LIVE_PROGRAMME_ID, 2, run.runId, { tenantId: people.pia.tenantId, objectId: people.pia.aadObjectId }))
        ?.value,
    ).toBe(3);
  });

  it('updates the results card in place at a bounded rate until it shows every answer', async () => {
    await app.liveIdle();
    const before = connector.updates.filter((u) => u.conversationId === meeting.chatId).length;
    expect(before).toBeGreaterThanOrEqual(1);

    // One person changes their answer every 100 ms for 1.5 intervals: 15
    // answers, each of which asks for a results update; ends on 3 as before.
    const started = Date.now();
    for (let i = 0; i < 15; i += 1) {
      await invokeCard(people.pia, 'liveAnswer', liveAnswerData(i === 14 ? '3' : String((i % 5) + 1)));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const span = Date.now() - started;
    await app.liveIdle();

    const updates = connector.updates.filter((u) => u.conversationId === meeting.chatId).slice(before - 1);
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(updates.length - 1).toBeLessThanOrEqual(Math.ceil(span / INTERVAL_MS) + 1);
    const gaps = updates.slice(1).map((u, i) => u.at - updates[i].at);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(INTERVAL_MS - ARRIVAL_JITTER_MS);
    const last = cardTexts(adaptiveCardOf(updates[updates.length - 1].activity));
    expect(last).toContain(t('sv', 'live.results.count.other', { count: 3 }));
    expect(last).toContain(t('sv', 'live.results.mean', { mean: (3.3).toLocaleString('sv-SE') }));
  });

  it('closes the prompt: answers stop, the card says so, and the stage shows the run', async () => {
    expect((await api(people.pia, 'POST', `/runs/${run.runId}/close`)).status).toBe(403);
    const closed = await api(people.fia, 'POST', `/runs/${run.runId}/close`);
    expect(closed.status).toBe(200);
    expect(((await closed.json()) as LiveRunView).state).toBe('closed');
    expect((await api(people.fia, 'POST', `/runs/${run.runId}/close`)).status).toBe(409);

    const late = await invokeCard(people.pam, 'liveAnswer', liveAnswerData('5'));
    expect(cardTexts(late)).toContain(t('sv', 'live.closed.heading'));
    expect((await api(people.pam, 'PUT', `/runs/${run.runId}/answer`, { answer: 5 })).status).toBe(409);

    expect((await api(people.fia, 'PUT', '/stage', { runId: run.runId })).status).toBe(200);
    const view = (await (await api(people.pia, 'GET', '')).json()) as LiveMeetingView;
    expect(view.bound && view.stageRun).toMatchObject({ runId: run.runId, state: 'closed', results: { answers: 3 }, myAnswer: 3 });
    expect(view.bound && view.openRun).toBeUndefined();

    await app.liveIdle();
    const updates = connector.updates.filter((u) => u.conversationId === meeting.chatId);
    expect(cardTexts(adaptiveCardOf(updates[updates.length - 1].activity)).join(' ')).toContain('Frågan är stängd');
  });

  it('answers from the tab (the in-meeting bubble) with field errors for bad input', async () => {
    const started = (await (
      await api(people.fia, 'POST', '/runs', { adHoc: { type: 'word', question: { sv: 'Ett ord?', en: 'One word?' } } })
    ).json()) as LiveRunView;
    const bad = await api(people.pia, 'PUT', `/runs/${started.runId}/answer`, { answer: 'x'.repeat(41) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: { field: string }[] } }).error.fields[0].field).toBe('answer');
    const good = await api(people.pia, 'PUT', `/runs/${started.runId}/answer`, { answer: '  Nyfiken  ' });
    expect(good.status).toBe(200);
    expect(((await good.json()) as LiveRunView).results.words).toEqual([{ word: 'nyfiken', count: 1 }]);
    const anonymous = await fetch(`${app.url}/api/live/meetings/${encodeURIComponent(meeting.chatId)}/runs/${started.runId}`);
    expect(anonymous.status).toBe(401);
  });

  it('sends the follow-up once when the meeting ends: prompts to attendees, a catch-up to the absent', async () => {
    await post(meetingParticipantsEvent(people.fia, meeting, 'leave', [people.pia], minutesAfter(-25)));
    const personalBefore = connector.activities.filter((a) => a.conversationId.startsWith('a:conv-')).length;
    const end = meetingLifecycleEvent(people.fia, meeting, 'end', minutesAfter(5));
    await Promise.all([post(end), post({ ...end, id: 'again' })]);
    await app.liveIdle();
    await post({ ...end, id: 'late', timestamp: minutesAfter(30) });
    await app.liveIdle();

    const personal = connector.activities.filter((a) => a.conversationId.startsWith('a:conv-')).slice(personalBefore);
    const byChat = new Map<string, string[]>();
    for (const a of personal)
      byChat.set(a.conversationId, [...(byChat.get(a.conversationId) ?? []), cardTexts(adaptiveCardOf(a.activity)).join(' ')]);
    // Pia, Per, Pål attended (conversations a:conv-500..502); Pam (a:conv-503) did not.
    for (const chat of ['a:conv-500', 'a:conv-501', 'a:conv-502']) {
      const cards = byChat.get(chat) ?? [];
      expect(cards).toHaveLength(2);
      expect(cards.some((c) => c.includes('Uppgift feedback-2'))).toBe(true);
      expect(cards.some((c) => c.includes('Uppgift reflect-2'))).toBe(true);
    }
    const catchUp = byChat.get('a:conv-503') ?? [];
    expect(catchUp).toHaveLength(1);
    expect(catchUp[0]).toContain(t('sv', 'live.catchUp.heading', { number: 2, session: 'Träff 2' }));
  });

  it('gives facilitators the session report: attendance with minutes, live results; participants get 403', async () => {
    const get = async (party: TeamsParty) =>
      fetch(`${app.url}/api/programmes/${LIVE_PROGRAMME_ID}/sessions/2/report`, {
        headers: { authorization: `Bearer ${await tokenFor(party)}` },
      });
    expect((await get(people.pia)).status).toBe(403);
    const res = await get(people.fia);
    expect(res.status).toBe(200);
    const report = (await res.json()) as LiveSessionReport;
    const row = (name: string) => report.attendance.find((a) => a.name === name);
    expect(row('Pia')).toMatchObject({ attended: true, minutes: 30 });
    expect(row('Per')).toMatchObject({ attended: true, minutes: 60 });
    expect(row('Pam')).toMatchObject({ attended: false, minutes: 0 });
    expect(report.meeting?.endedAt).toBe(minutesAfter(5).toISOString());
    expect(report.runs.map((r) => r.results.answers)).toEqual([3, 1]);
  });
});
