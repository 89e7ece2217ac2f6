import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { buildTab } from '../../bench/bundle';
import { sv } from '../../tab/src/i18n/sv';
import { launchChromium } from './support/chromium';
import { DEMO_PROGRAMME_ID, startDemoApp, type DemoApp } from './support/demo-app';
import { startHostServer, type HostServer } from './support/host-server';
import { teamsHostPageHtml, type HostPageOptions, type HostRecord } from './support/teams-host-page';

/**
 * The tab in headless Chromium against the real app (Azurite, demo programme,
 * development issuer): inside a test page that plays the Teams host, signed in
 * as each role; and at top level, through the local sign-in.
 */

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');
const WAIT = { timeout: 15_000 };

let tabDir: string;
let demo: DemoApp;
let hosts: HostServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  tabDir = mkdtempSync(join(tmpdir(), 'tab-browser-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  [, browser, hosts] = await Promise.all([buildTab(tabDir), launchChromium(), startHostServer()]);
  demo = await startDemoApp(tabDir);
  context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  // The server lets only Microsoft's hosts (and itself) frame the tab. The test host page on
  // another loopback port stands in for Teams, so for the tab's document the test lifts
  // frame-ancestors; everything else is served untouched.
  await context.route(`${demo.url}/index.html*`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    const csp = headers['content-security-policy'];
    if (csp) headers['content-security-policy'] = csp.replace(/frame-ancestors[^;]*;?\s*/, '');
    await route.fulfill({ response, headers });
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await demo?.close();
  await hosts?.close();
  if (tabDir) rmSync(tabDir, { recursive: true, force: true });
});

interface HostedTab {
  page: Page;
  tab: FrameLocator;
  record(): Promise<HostRecord>;
}

/** Opens the tab inside the Teams host test page, signed in as `person`. */
async function openInTeams(person: string, options: Partial<HostPageOptions> & { hash?: string } = {}): Promise<HostedTab> {
  const token = options.token ?? (await demo.tokenFor(person));
  const tabUrl = `${demo.url}/index.html${options.hash ?? '#/personal?locale=sv-SE'}`;
  const html = teamsHostPageHtml({
    tabUrl,
    frameContext: 'content',
    ...options,
    token,
    context: { userObjectId: demo.objectIdOf(person), tid: '00000000-0000-0000-0000-0000000000001', ...options.context },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT.timeout);
  await page.setViewportSize({ width: (options.frameWidth ?? 1280) + 20, height: (options.frameHeight ?? 900) + 20 });
  await page.goto(hosts.publish(html));
  return { page, tab: page.frameLocator('#tab'), record: () => page.evaluate('window.__host.record') as Promise<HostRecord> };
}

/** The tab's frame, for evaluating expressions in it. */
function tabFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(demo.url));
  if (!frame) throw new Error('the tab frame is not there');
  return frame;
}

async function shoot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.locator('#tab').screenshot({ path });
  return path;
}

describe('the tab inside Teams (test host page)', () => {
  it('shows a participant the timeline, assignments and shared answers, and no Svar or Översikt', async () => {
    const { page, tab, record } = await openInTeams('Alex Wilber');
    try {
      await tab.getByTestId('session-timeline').waitFor();
      await tab.locator('[data-status="ended"]').first().waitFor();
      await tab.locator('[data-status="upcoming"]').first().waitFor();
      await tab.getByRole('heading', { name: sv['programme.assignments'] }).waitFor();
      await tab.getByTestId('assignment-reflection-1').waitFor();
      await tab.getByRole('heading', { name: sv['programme.shared'] }).waitFor();
      // Cohort answers carry names; anonymous ones do not.
      const reflection = tab.getByRole('button', { name: /^Hemuppgift 1/ });
      if ((await reflection.getAttribute('aria-expanded')) === 'false') await reflection.click();
      await tab.getByText('Sara Lindqvist', { exact: false }).first().waitFor();
      const feedback = tab.getByRole('button', { name: /^Hur var träff 1\?/ });
      if ((await feedback.getAttribute('aria-expanded')) === 'false') await feedback.click();
      await tab.getByText(sv['shared.anonymous'], { exact: true }).first().waitFor();
      expect(await tab.getByRole('tab', { name: sv['nav.responses'] }).count()).toBe(0);
      expect(await tab.getByRole('tab', { name: sv['nav.dashboard'] }).count()).toBe(0);
      expect((await record()).tokenRequests).toBeGreaterThan(0);
      const shot = await shoot(page, 'tab-programme-participant');
      updateReadmePicture(shot, 'tab-programme.png');
    } finally {
      await page.close();
    }
  });

  it('lets a participant answer an open assignment, showing the server’s field errors first', async () => {
    const { page, tab } = await openInTeams('Alex Wilber');
    try {
      const card = tab.getByTestId('assignment-reflection-1');
      await card.getByRole('button', { name: sv['assignment.answer'] }).click();
      await card.getByRole('button', { name: sv['form.save'] }).click();
      await card.getByText(sv['form.fixErrors']).waitFor();
      await card.getByRole('textbox').first().fill('Ett gemensamt schema för hemtjänst och invånare.');
      await card.getByRole('radio').first().check();
      await card.getByRole('radio', { name: '3' }).check();
      await shoot(page, 'tab-answer-form');
      await card.getByRole('button', { name: sv['form.save'] }).click();
      await card.getByText(sv['form.saved']).waitFor();
      await card.getByRole('button', { name: sv['assignment.edit'] }).waitFor();
    } finally {
      await page.close();
    }
  });

  it('shows a facilitator Svar with a word cloud and distributions, but no Översikt', async () => {
    const { page, tab } = await openInTeams('Megan Bowen');
    try {
      await tab.getByRole('tab', { name: sv['nav.responses'] }).click();
      await tab.getByLabel(sv['responses.prompt']).selectOption('reflection-1');
      await tab.locator('figure [role="img"]').first().waitFor();
      expect(await tab.locator('figure [role="img"]').count()).toBeGreaterThanOrEqual(3);
      await tab.getByRole('table', { name: sv['responses.table'] }).waitFor();
      expect(await tab.getByRole('tab', { name: sv['nav.dashboard'] }).count()).toBe(0);
      await shoot(page, 'tab-responses-facilitator');
    } finally {
      await page.close();
    }
  });

  it('shows a coordinator Översikt with charts, and follows a theme change to dark live', async () => {
    const { page, tab } = await openInTeams('Adele Vance');
    try {
      await tab.getByRole('tab', { name: sv['nav.dashboard'] }).click();
      await tab.getByTestId('dashboard').waitFor();
      await tab.getByRole('img', { name: new RegExp(`^${sv['dashboard.perSession']}`) }).waitFor();
      await tab.getByRole('img', { name: new RegExp(`^${sv['dashboard.perPrompt']}`) }).waitFor();
      await tab.getByRole('button', { name: sv['dashboard.export.responses.xlsx'] }).waitFor();
      const shot = await shoot(page, 'tab-dashboard-coordinator');
      updateReadmePicture(shot, 'tab-dashboard.png');

      expect(await tab.locator('[data-theme]').first().getAttribute('data-theme')).toBe('default');
      await page.evaluate('window.__host.setTheme("dark")');
      await tab.locator('[data-theme="dark"]').first().waitFor();
      const background = await tabFrame(page).evaluate('getComputedStyle(document.querySelector("[data-theme]")).backgroundColor');
      expect(luminance(String(background))).toBeLessThan(0.2);
      await shoot(page, 'tab-dashboard-dark');
    } finally {
      await page.close();
    }
  });

  it('downloads the responses as CSV with the bearer token', async () => {
    const { page, tab } = await openInTeams('Adele Vance', { hash: '#/dashboard?locale=sv-SE' });
    try {
      const button = tab.getByRole('button', { name: sv['dashboard.export.responses.csv'] });
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);

      // The download is in the read-only access log the coordinator sees on the same page (after a reload).
      await page.reload();
      await tabFrame(page).getByRole('table', { name: sv['audit.heading'] }).waitFor();
      await tabFrame(page).getByRole('cell', { name: sv['audit.action.exportResponses'] }).first().waitFor();
    } finally {
      await page.close();
    }
  });

  it('binds a channel tab to a programme on the configuration page', async () => {
    const { page, tab, record } = await openInTeams('Megan Bowen', {
      hash: '#/config?locale=sv-SE',
      frameContext: 'settings',
      context: { entityId: '', channelId: '19:channel@thread.tacv2', teamId: '19:team@thread.tacv2' },
      frameWidth: 720,
      frameHeight: 480,
    });
    try {
      await tab.getByRole('heading', { name: sv['config.heading'] }).waitFor();
      // The tab tells the host it is not valid yet; wait for that message rather than racing it.
      await page.waitForFunction('window.__host.record.validity === false');
      await tab.getByLabel(sv['config.programme']).selectOption(DEMO_PROGRAMME_ID);
      await tab.getByText(sv['config.ready']).waitFor();
      await page.waitForFunction('window.__host.record.validity === true');
      await shoot(page, 'tab-config');
      await page.evaluate('window.__host.save()');
      await page.waitForFunction('window.__host.record.saveResult === "success"');
      const saved = (await record()).savedConfig as { entityId: string; contentUrl: string };
      expect(saved.entityId).toBe(DEMO_PROGRAMME_ID);
      expect(saved.contentUrl).toContain(`#/programme?programme=${DEMO_PROGRAMME_ID}&locale={locale}`);
    } finally {
      await page.close();
    }
  });

  it('asks the host for a new token once after a 401, then says in words that sign-in failed', async () => {
    const { page, tab, record } = await openInTeams('Alex Wilber', { token: 'not-a-token' });
    try {
      await tab.getByText(sv['error.unauthenticated']).waitFor();
      expect((await record()).tokenRequests).toBe(2);
    } finally {
      await page.close();
    }
  });

  it('fits the side panel width of 320 px without horizontal scrolling', async () => {
    const { page, tab } = await openInTeams('Alex Wilber', { frameContext: 'sidePanel', frameWidth: 320, frameHeight: 800 });
    try {
      await tab.getByTestId('session-timeline').waitFor();
      await tab.getByTestId('assignment-reflection-1').waitFor();
      const overflow = await tabFrame(page).evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      await shoot(page, 'tab-side-panel-320');
    } finally {
      await page.close();
    }
  });
});

describe('the tab outside Teams', () => {
  it('offers the local sign-in at top level, signs in as Alex and shows the timeline', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT.timeout);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${demo.url}/index.html#/personal`);
      await page.getByRole('heading', { name: sv['signIn.heading'] }).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'tab-local-sign-in.png') });
      await page.getByRole('button', { name: sv['signIn.as'].replace('{name}', 'Alex Wilber') }).click();
      await page.getByTestId('session-timeline').waitFor();
      await page.getByText(sv['signIn.signedInAs'].replace('{name}', 'Alex Wilber')).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'tab-local-programme.png'), fullPage: true });
      await page.getByRole('button', { name: sv['signIn.signOut'] }).click();
      await page.getByRole('heading', { name: sv['signIn.heading'] }).waitFor();
    } finally {
      await page.close();
    }
  });
});

/** Relative luminance of an `rgb(r, g, b)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** The README's pictures are refreshed only on request (UPDATE_README_PICTURES=1), so a test run leaves the tree clean. */
function updateReadmePicture(shot: string, name: string): void {
  if (process.env.UPDATE_README_PICTURES === '1') copyFileSync(shot, join(ROOT, 'docs', 'images', name));
}
