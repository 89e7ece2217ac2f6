import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../test/browser/support/chromium';

/**
 * Takes the README's pictures from a running local stack (`npm start` in
 * another terminal): the welcome card and the agenda in the Agents Playground.
 * Usage: node dist/scripts/readme-screenshots.js [playgroundUrl]
 */
async function main(): Promise<void> {
  const url = process.argv[2] ?? 'http://127.0.0.1:56150';
  const outDir = join(__dirname, '..', '..', 'docs', 'images');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    await page.goto(url);
    await page.getByText('Välkommen', { exact: false }).first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(outDir, 'welcome-card.png') });
    const box = page.locator('[contenteditable=true]').first();
    await box.click();
    await box.type('agenda');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(3000);
    await page.screenshot({ path: join(outDir, 'agenda-card.png') });
    console.log(`screenshots written to ${outDir}`);
  } finally {
    await browser.close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
