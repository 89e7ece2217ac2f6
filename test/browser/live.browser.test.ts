import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { buildTab } from '../../bench/bundle';
import { sv } from '../../tab/src/i18n/sv';
import type { LiveMeetingView } from '../../bot/src/api/live-contract';
import { startConnectorFake, type ConnectorFake } from '../../bot/src/testing/connector-fake';
import { launchChromium } from './support/chromium';
import { startDemoApp, type DemoApp } from './support/demo-app';
import { startHostServer, type HostServer } from './support/host-server';
import { LIVE_PROGRAMME_ID, LIVE_PROMPTS, importLiveProgramme } from './support/live-programme';
import { addAppToMeeting, meetingContext, postParticipantJoined, testMeeting, type TestMeeting } from './support/meeting-chat';
import { teamsHostPageHtml, type HostPageOptions, type HostRecord } from './support/teams-host-page';

/**
 * Live sessions in a Teams meeting, in headless Chromium against the real
 * app (Azurite, development issuer) and the loopback Bot Connector fake
 * (meeting roles, the meeting chat's posts): side panels that follow the
 * facilitator, controls only for facilitators, a live prompt answered in
 * the panel, results shared to the stage, and the configuration page that
 * binds a meeting to a programme session.
 */

jest.setTimeout(60_000);

const TENANT = '00000000-0000-0000-0000-0000000000001';
const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');
const FACILITATOR = 'Megan Bowen';
const PARTICIPANT = 'Alex Wilber';
const COORDINATOR = 'Adele Vance';
/** The issue's bar: every open side panel follows the facilitator within 2 seconds. */
const FOLLOW_MS = 2_000;

let tabDir: string;
let demo: DemoApp;
let hosts: HostServer;
let browser: Browser;
let context: BrowserContext;
let connector: ConnectorFake;
/** Bound to session 1 of the live programme in beforeAll. */
let meeting: TestMeeting;

beforeAll(async () => {
  tabDir = mkdtempSync(join(tmpdir(), 'tab-live-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  [, browser, hosts, connector] = await Promise.all([buildTab(tabDir), launchChromium(), startHostServer(), startConnectorFake()]);
  demo = await startDemoApp(tabDir);
  await importLiveProgramme(demo.app.repos, new Date());
  // The meeting participant API answers for these people: Megan organizes, Alex attends, and Adele
  // (coordinator of the programme) attends too, so her programme role alone does not make her a facilitator here.
  const roles: [string, string][] = [
    [FACILITATOR, 'Organizer'],
    [PARTICIPANT, 'Attendee'],
    [COORDINATOR, 'Attendee'],
  ];
  for (const [name, role] of roles) {
    const objectId = demo.objectIdOf(name);
    const email = demo.people.find((p) => p.displayName === name)?.email;
    connector.members.push({ id: `29:${objectId}`, name, aadObjectId: objectId, email, tenantId: TENANT });
    connector.meetingRoles.set(objectId.toLowerCase(), role);
  }
  context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  // The server lets only Microsoft's hosts frame the tab; the test host page stands in for Teams.
  await context.route(`${demo.url}/index.html*`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    const csp = headers['content-security-policy'];
    if (csp) headers['content-security-policy'] = csp.replace(/frame-ancestors[^;]*;?\s*/, '');
    await route.fulfill({ response, headers });
  });

  meeting = await knownMeeting();
  const bound = await api(FACILITATOR, 'PUT', `${meetingPath(meeting)}/binding`, {
    programmeId: LIVE_PROGRAMME_ID,
    sessionNumber: 1,
    meetingId: meeting.meetingId,
  });
  expect(bound.status).toBe(200);
}, 90_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await demo?.close();
  await hosts?.close();
  await connector?.close();
  if (tabDir) rmSync(tabDir, { recursive: true, force: true });
});

/** A new meeting whose chat the bot has seen (the app was added to it). */
async function knownMeeting(): Promise<TestMeeting> {
  const m = testMeeting(TENANT);
  const objectId = demo.objectIdOf(FACILITATOR);
  await addAppToMeeting(demo.url, m, {
    serviceUrl: connector.url,
    from: { id: `29:${objectId}`, aadObjectId: objectId, name: FACILITATOR },
  });
  return m;
}

function meetingPath(m: TestMeeting): string {
  return `/api/live/meetings/${encodeURIComponent(m.chatId)}`;
}

async function api(person: string, method: string, path: string, body?: unknown): Promise<Response> {
  const token = await demo.tokenFor(person);
  return fetch(demo.url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'sv' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function meetingView(person: string, m: TestMeeting): Promise<LiveMeetingView> {
  const res = await api(person, 'GET', meetingPath(m));
  expect(res.status).toBe(200);
  return (await res.json()) as LiveMeetingView;
}

interface HostedTab {
  page: Page;
  tab: FrameLocator;
  record(): Promise<HostRecord>;
}

/** The tab in the Teams host test page, in `m`'s meeting, signed in as `person`. */
async function openInMeeting(
  person: string,
  m: TestMeeting,
  frameContext: HostPageOptions['frameContext'],
  options: { hash?: string; width?: number; height?: number; locale?: string } = {},
): Promise<HostedTab> {
  const width = options.width ?? (frameContext === 'sidePanel' ? 320 : 1280);
  const height = options.height ?? 900;
  const html = teamsHostPageHtml({
    tabUrl: `${demo.url}/index.html${options.hash ?? `#/programme?programme=${LIVE_PROGRAMME_ID}&locale=sv-SE`}`,
    frameContext,
    token: await demo.tokenFor(person),
    frameWidth: width,
    frameHeight: height,
    context: {
      userObjectId: demo.objectIdOf(person),
      tid: TENANT,
      entityId: LIVE_PROGRAMME_ID,
      ...meetingContext(m),
      ...(options.locale ? { locale: options.locale } : {}),
    },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.setViewportSize({ width: width + 20, height: height + 20 });
  await page.goto(hosts.publish(html));
  return { page, tab: page.frameLocator('#tab'), record: () => page.evaluate('window.__host.record') as Promise<HostRecord> };
}

/** README pictures (docs/images) are refreshed from these only on request (UPDATE_README_PICTURES=1), so a run leaves the tree clean. */
const README_PICTURES: Record<string, string> = { 'live-side-panel-facilitator': 'live-side-panel.png', 'live-stage': 'live-stage.png' };

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.locator('#tab').screenshot({ path });
  const picture = README_PICTURES[name];
  if (picture && process.env.UPDATE_README_PICTURES === '1') copyFileSync(path, join(__dirname, '..', '..', 'docs', 'images', picture));
}

/** The index of the agenda item the panel highlights (aria-current), or -1. */
async function currentItem(tab: FrameLocator): Promise<number> {
  const current = tab.locator('[data-testid="live-agenda"] li[aria-current="step"]');
  return (await current.count()) === 0 ? -1 : Number(await current.getAttribute('data-index'));
}

async function waitForCurrentItem(tab: FrameLocator, index: number, timeout: number): Promise<void> {
  await tab.locator(`[data-testid="live-agenda"] li[aria-current="step"][data-index="${index}"]`).waitFor({ timeout });
}

/** Reads `read()` until `done` holds or 10 s pass; returns the last value. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 10_000;
  let value = await read();
  while (!done(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

const question = (id: (typeof LIVE_PROMPTS)[number]['id']) => LIVE_PROMPTS.find((p) => p.id === id)!.question.sv;

describe('live sessions in a Teams meeting (test host page)', () => {
  let facilitator: HostedTab;
  let participant: HostedTab;

  beforeAll(async () => {
    [facilitator, participant] = await Promise.all([
      openInMeeting(FACILITATOR, meeting, 'sidePanel'),
      openInMeeting(PARTICIPANT, meeting, 'sidePanel'),
    ]);
    await Promise.all([facilitator.tab.getByTestId('live-agenda').waitFor(), participant.tab.getByTestId('live-agenda').waitFor()]);
  });

  afterAll(async () => {
    await facilitator?.page.close();
    await participant?.page.close();
  });

  it('moves every side panel to the next agenda item within 2 seconds when the facilitator clicks next', async () => {
    await facilitator.tab.getByTestId('facilitator-controls').waitFor();
    const before = await currentItem(participant.tab);
    expect(before).toBe(-1);

    await facilitator.tab.getByRole('button', { name: sv['live.controls.begin'] }).click();
    await waitForCurrentItem(facilitator.tab, 0, 5_000);
    await waitForCurrentItem(participant.tab, 0, FOLLOW_MS);

    await facilitator.tab.getByRole('button', { name: sv['live.controls.next'] }).click();
    const clicked = Date.now();
    await waitForCurrentItem(participant.tab, 1, FOLLOW_MS);
    expect(Date.now() - clicked).toBeLessThan(FOLLOW_MS + 500);
    // The current item shows its time left, counting down by the server's clock.
    await participant.tab.getByTestId('live-time-left').waitFor();
    expect(await participant.tab.getByTestId('live-time-left').textContent()).toMatch(/\d+:\d{2} kvar|Över tiden/);
    expect(await currentItem(participant.tab)).toBe(1);
    // The 320 px side panel needs no horizontal scrolling, for either role.
    for (const { page } of [facilitator, participant]) {
      const frame = page.frames().find((f) => f.url().startsWith(demo.url));
      expect(await frame?.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBeLessThanOrEqual(0);
    }
  });

  it('shows a participant no facilitator controls, and the API refuses them the facilitator actions', async () => {
    await participant.tab.getByTestId('live-agenda').waitFor();
    expect(await participant.tab.getByTestId('facilitator-controls').count()).toBe(0);
    expect(await participant.tab.getByRole('button', { name: sv['live.controls.next'] }).count()).toBe(0);
    expect(await participant.tab.getByRole('button', { name: sv['live.controls.share'] }).count()).toBe(0);
    const view = await meetingView(PARTICIPANT, meeting);
    expect(view.bound && view.canFacilitate).toBe(false);
    expect(view.bound && view.livePrompts).toEqual([]);

    const path = meetingPath(meeting);
    const refused = [
      await api(PARTICIPANT, 'PUT', `${path}/agenda`, { item: 3 }),
      await api(PARTICIPANT, 'POST', `${path}/runs`, { livePromptId: 'energy' }),
      await api(PARTICIPANT, 'POST', `${path}/runs`, { adHoc: { type: 'word', question: { sv: 'Hej?', en: 'Hi?' } } }),
      await api(PARTICIPANT, 'PUT', `${path}/binding`, { programmeId: LIVE_PROGRAMME_ID, sessionNumber: 2 }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    // A coordinator of the programme who only attends the meeting is refused by the meeting role.
    const coordinator = await api(COORDINATOR, 'PUT', `${path}/agenda`, { item: 3 });
    expect(coordinator.status).toBe(403);
    expect(((await coordinator.json()) as { error: { code: string } }).error.code).toBe('MEETING_ROLE_REQUIRED');
    // Nothing moved.
    const after = await meetingView(FACILITATOR, meeting);
    expect(after.bound && after.position.currentItem).toBe(1);
  });

  it('counts a participant’s answer to the live prompt the facilitator starts, in both panels', async () => {
    const energy = question('energy');
    const posted = connector.activities.length;
    await facilitator.tab.getByRole('button', { name: `Starta frågan: ${energy}` }).click();
    await facilitator.tab.getByTestId('facilitator-controls').getByText(sv['live.controls.started']).waitFor();
    // The bot posted the question's card into the meeting chat.
    await connector.waitForActivities(posted + 1);
    expect(connector.activities.slice(posted).some((a) => a.conversationId === meeting.chatId)).toBe(true);

    const run = participant.tab.getByTestId('live-run');
    await run.waitFor({ timeout: FOLLOW_MS + 1_000 });
    await run.getByRole('heading', { name: energy }).waitFor();
    await run.getByRole('radio', { name: 'Hög' }).check();
    await run.getByRole('button', { name: sv['live.answer.send'] }).click();
    await participant.tab.getByTestId('live-answer-thanks').waitFor();
    expect(await participant.tab.getByTestId('live-answer-thanks').textContent()).toContain('Du svarade: Hög');
    await participant.tab.locator('[data-testid="live-answer-count"][data-count="1"]').waitFor({ timeout: FOLLOW_MS });
    await facilitator.tab.locator('[data-testid="live-answer-count"][data-count="1"]').waitFor({ timeout: FOLLOW_MS + 500 });
    expect(await facilitator.tab.getByTestId('live-answer-count').textContent()).toBe('1 svar');
    // The participant's panel shows the result's bars with their numbers (the chart's table).
    expect(await participant.tab.getByRole('img', { name: /Hög 1/ }).count()).toBe(1);
    await shoot(facilitator.page, 'live-side-panel-facilitator');
    await shoot(participant.page, 'live-side-panel-participant');
  });

  it('shares the results to the stage through teams-js, and the stage view shows them live', async () => {
    await facilitator.tab.getByRole('button', { name: sv['live.controls.share'] }).click();
    await facilitator.tab.getByTestId('facilitator-controls').getByText(sv['live.controls.shared']).waitFor();
    const shares = (await facilitator.record()).stageShares;
    expect(shares).toHaveLength(1);
    expect(shares[0].url).toBe(`${demo.url}/index.html#/stage?chat=${encodeURIComponent(meeting.chatId)}`);
    const view = await meetingView(FACILITATOR, meeting);
    expect(view.bound && view.stageRun?.prompt.id).toBe('energy');

    const stage = await openInMeeting(PARTICIPANT, meeting, 'meetingStage', { hash: new URL(shares[0].url).hash });
    try {
      const body = stage.tab.getByTestId('stage');
      await body.getByRole('heading', { level: 1, name: question('energy') }).waitFor();
      await body.locator('[data-testid="live-answer-count"][data-count="1"]').waitFor();
      // Live: another answer arrives and the stage follows.
      const runId = view.bound ? view.stageRun!.runId : '';
      const answered = await api(COORDINATOR, 'PUT', `${meetingPath(meeting)}/runs/${runId}/answer`, { answer: 'low' });
      expect(answered.status).toBe(200);
      await body.locator('[data-testid="live-answer-count"][data-count="2"]').waitFor({ timeout: 3_000 });
      expect(await body.getByRole('img', { name: /Låg 1/ }).count()).toBe(1);
      await shoot(stage.page, 'live-stage');
    } finally {
      await stage.page.close();
    }
  });

  it('takes an answer in the in-meeting bubble, and says clearly when the facilitator closed the question meanwhile', async () => {
    const view = await meetingView(FACILITATOR, meeting);
    const run = view.bound ? view.openRun : undefined;
    expect(run?.prompt.id).toBe('energy');
    const hash = `#/live-answer?chat=${encodeURIComponent(meeting.chatId)}&run=${encodeURIComponent(run!.runId)}`;
    const [first, second] = await Promise.all([
      openInMeeting('Patti Fernandez', meeting, 'task', { hash, width: 420, height: 360 }),
      openInMeeting('Lynne Robbins', meeting, 'task', { hash, width: 420, height: 360, locale: 'en-GB' }),
    ]);
    try {
      const bubble = first.tab.getByTestId('live-answer');
      await bubble.getByRole('heading', { name: question('energy') }).waitFor();
      await bubble.getByRole('radio', { name: 'Mellan' }).check();
      await bubble.getByRole('button', { name: sv['live.answer.send'] }).click();
      await bubble.getByTestId('live-answer-thanks').waitFor();
      expect(await bubble.getByTestId('live-answer-thanks').textContent()).toContain('Du svarade: Mellan');

      // The facilitator closes the question while the second bubble is still open.
      await second.tab.getByTestId('live-answer').getByRole('radio', { name: 'Medium' }).waitFor();
      await facilitator.tab.getByRole('button', { name: sv['live.controls.close'] }).click();
      await facilitator.tab.getByTestId('facilitator-controls').getByText(sv['live.controls.closed']).waitFor();
      const late = second.tab.getByTestId('live-answer');
      await late.getByRole('radio', { name: 'Medium' }).check();
      await late.getByRole('button', { name: 'Send' }).click();
      const alert = late.getByRole('alert');
      await alert.waitFor();
      expect((await alert.textContent())?.length).toBeGreaterThan(10);
      // The closed run keeps its three answers in the facilitator's panel.
      await facilitator.tab
        .locator('[data-testid="live-run"][data-state="closed"] [data-testid="live-answer-count"][data-count="3"]')
        .waitFor();
    } finally {
      await first.page.close();
      await second.page.close();
    }
  });
});

describe('the session report', () => {
  it('shows a facilitator the attendance and the live prompt results of the session, reached from the programme view', async () => {
    const alex = demo.objectIdOf(PARTICIPANT);
    await postParticipantJoined(demo.url, meeting, {
      serviceUrl: connector.url,
      user: { id: `29:${alex}`, aadObjectId: alex, name: PARTICIPANT },
    });
    const { page, tab } = await openInMeeting(FACILITATOR, meeting, 'content');
    try {
      await tab.getByTestId('session-report-link-1').click();
      const report = tab.getByTestId('session-report');
      await report.waitFor();
      const alexRow = report.getByTestId('attendance-table').getByRole('row', { name: new RegExp(PARTICIPANT) });
      expect(await alexRow.getByRole('cell', { name: 'Ja', exact: true }).count()).toBe(1);
      const pattiRow = report.getByTestId('attendance-table').getByRole('row', { name: /Patti Fernandez/ });
      expect(await pattiRow.getByRole('cell', { name: 'Nej', exact: true }).count()).toBe(1);
      await report.getByRole('heading', { name: question('energy') }).waitFor();
      expect(await report.locator('[data-testid="live-answer-count"][data-count="3"]').count()).toBe(1);
      await report.getByRole('heading', { name: sv['live.report.feedback'] }).waitFor();
      await shoot(page, 'live-session-report');
    } finally {
      await page.close();
    }
  });

  it('is not offered to participants, and the API refuses them the report', async () => {
    const res = await api(PARTICIPANT, 'GET', `/api/programmes/${LIVE_PROGRAMME_ID}/sessions/1/report`);
    expect(res.status).toBe(403);
    const { page, tab } = await openInMeeting(PARTICIPANT, meeting, 'content');
    try {
      await tab.getByTestId('session-timeline').waitFor();
      expect(await tab.locator('[data-testid^="session-report-link-"]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('the configuration page in a meeting', () => {
  it('binds the meeting to the programme session the facilitator picks, then saves the tab', async () => {
    const fresh = await knownMeeting();
    const { page, tab, record } = await openInMeeting(FACILITATOR, fresh, 'settings', { hash: '#/config' });
    try {
      await tab.getByTestId('meeting-config').waitFor();
      expect((await record()).validity).toBe(false);
      await tab.getByLabel(sv['live.config.session']).selectOption(`${LIVE_PROGRAMME_ID}|2`);
      await tab.getByText(sv['live.config.ready']).waitFor();
      expect(
        await eventually(
          async () => (await record()).validity,
          (v) => v === true,
        ),
      ).toBe(true);
      await page.evaluate('window.__host.save()');
      expect(
        await eventually(
          async () => (await record()).saveResult,
          (v) => v !== null,
        ),
      ).toBe('success');
      const saved = (await record()).savedConfig as { entityId: string; contentUrl: string };
      expect(saved.entityId).toBe(LIVE_PROGRAMME_ID);
      expect(saved.contentUrl).toContain(`#/programme?programme=${LIVE_PROGRAMME_ID}`);
      const view = await meetingView(PARTICIPANT, fresh);
      expect(view.bound && view.session.number).toBe(2);
      expect(view.bound && view.programme.id).toBe(LIVE_PROGRAMME_ID);
    } finally {
      await page.close();
    }
  });

  it('says the app must be added to the meeting first when the bot has not seen the chat', async () => {
    const unknown = testMeeting(TENANT);
    const { page, tab, record } = await openInMeeting(FACILITATOR, unknown, 'settings', { hash: '#/config' });
    try {
      await tab.getByText(sv['live.addAppFirst']).waitFor();
      expect((await record()).validity).toBe(false);
    } finally {
      await page.close();
    }
  });
});
