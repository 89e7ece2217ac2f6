import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { buildTab } from '../../../bench/bundle';
import { launchChromium } from './chromium';
import { startDemoApp, type DemoApp } from './demo-app';
import { startHostServer, type HostServer } from './host-server';
import { teamsHostPageHtml } from './teams-host-page';

const TENANT = '00000000-0000-0000-0000-0000000000001';

export interface AdminHarness {
  demo: DemoApp;
  /** The tab inside the Teams host test page, signed in as `person`, at `hash`. */
  open(person: string, hash: string, frame?: { width: number; height: number }): Promise<{ page: Page; tab: FrameLocator }>;
  /** A call to the app's API with `person`'s token, as the tab would make it. */
  api(person: string, method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

/** The built tab, the real app (Azurite, demo programme) and headless Chromium, as in tab.browser.test.ts. */
export async function startAdminHarness(): Promise<AdminHarness> {
  const tabDir = mkdtempSync(join(tmpdir(), 'tab-admin-'));
  let browser: Browser | undefined;
  let hosts: HostServer | undefined;
  let demo: DemoApp | undefined;
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close();
    await browser?.close();
    await demo?.close();
    await hosts?.close();
    rmSync(tabDir, { recursive: true, force: true });
  };
  try {
    [, browser, hosts] = await Promise.all([buildTab(tabDir), launchChromium(), startHostServer()]);
    demo = await startDemoApp(tabDir);
    context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', acceptDownloads: true });
    const appUrl = demo.url;
    // The test host page on another loopback port stands in for Teams: lift frame-ancestors for the tab's document only.
    await context.route(`${appUrl}/index.html*`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      const csp = headers['content-security-policy'];
      if (csp) headers['content-security-policy'] = csp.replace(/frame-ancestors[^;]*;?\s*/, '');
      await route.fulfill({ response, headers });
    });
  } catch (err) {
    await close();
    throw err;
  }
  const app = demo;
  const ctx = context;
  const pages = hosts;

  return {
    demo: app,
    async open(person, hash, frame = { width: 1280, height: 900 }) {
      const token = await app.tokenFor(person);
      const html = teamsHostPageHtml({
        tabUrl: `${app.url}/index.html${hash}`,
        frameContext: 'content',
        token,
        frameWidth: frame.width,
        frameHeight: frame.height,
        context: { userObjectId: app.objectIdOf(person), tid: TENANT },
      });
      const page = await ctx.newPage();
      page.setDefaultTimeout(15_000);
      await page.setViewportSize({ width: frame.width + 20, height: frame.height + 20 });
      await page.goto(pages.publish(html));
      return { page, tab: page.frameLocator('#tab') };
    },
    async api(person, method, path, body) {
      const token = await app.tokenFor(person);
      return fetch(app.url + path, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'sv' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
    close,
  };
}
