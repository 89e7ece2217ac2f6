import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { sv } from '../../tab/src/i18n/sv';
import { startAdminHarness, type AdminHarness } from './support/admin-harness';
import { DEMO_PROGRAMME_ID } from './support/demo-app';

/**
 * Issue 6 in the tab, against the real app (Azurite, demo programme,
 * development issuer) inside the Teams host test page: a coordinator builds a
 * programme from nothing and enrols people from a spreadsheet; a participant
 * is not offered the editor (and the API refuses); "Mina data" downloads a zip.
 */

jest.setTimeout(60_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');
const COORDINATOR = 'Adele Vance';
const PARTICIPANT = 'Alex Wilber';
const PROGRAMME_ID = `vt-${Date.now().toString(36)}`;

let harness: AdminHarness;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  harness = await startAdminHarness();
}, 90_000);

afterAll(async () => {
  await harness?.close();
});

const label = (key: keyof typeof sv, values: Record<string, string | number> = {}) =>
  sv[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
/** A required field's accessible name ends with its asterisk, so match from the start. */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const field = (tab: FrameLocator | Locator, key: keyof typeof sv, lang: 'sv' | 'en') =>
  tab.getByLabel(startsWith(label(lang === 'sv' ? 'admin.inSwedish' : 'admin.inEnglish', { label: sv[key] })));

async function shoot(page: Page, name: string): Promise<void> {
  await page.locator('#tab').screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

function csv(rows: string[][]): Buffer {
  return Buffer.from(['e-post;namn;förvaltning;roll', ...rows.map((r) => r.join(';'))].join('\n'), 'utf8');
}

describe('programme administration in the tab', () => {
  it('lets a coordinator create a programme with a session and a prompt, preview its card, and enrol people from a CSV', async () => {
    const { page, tab } = await harness.open(COORDINATOR, '#/personal?locale=sv-SE');
    try {
      // The editor is in the coordinator's navigation.
      await tab.getByRole('tab', { name: sv['nav.admin'], exact: true }).click();
      await tab.getByTestId('admin-list').waitFor();
      await tab.getByRole('button', { name: sv['admin.create.button'] }).click();

      // A programme from nothing: names, a department, the first session.
      const create = tab.getByTestId('create-form');
      await field(create, 'admin.name', 'sv').fill('Vårens innovationsresa');
      await field(create, 'admin.name', 'en').fill('Spring innovation journey');
      await create.getByLabel(startsWith(sv['admin.programmeId'])).fill(PROGRAMME_ID);
      expect(await create.getByLabel(sv['admin.timeZone']).inputValue()).toBe('Europe/Stockholm');
      await create.getByRole('button', { name: sv['admin.department.add'] }).click();
      await field(create, 'admin.department.name', 'sv').fill('Socialförvaltningen');
      await field(create, 'admin.department.name', 'en').fill('Social Services');
      await field(create, 'admin.session.title', 'sv').fill('Start');
      await field(create, 'admin.session.title', 'en').fill('Kick-off');
      await create.getByRole('button', { name: sv['admin.create.submit'] }).click();

      // The editor: add one prompt with one question, save, see its card.
      const editor = tab.getByTestId('programme-editor');
      await editor.waitFor();

      // Two agenda items, reordered from the keyboard (buttons, not drag and drop).
      const session = editor.getByTestId('session-editor-1');
      for (const [i, [svTitle, enTitle, start]] of [
        ['Paus', 'Break', '14:00'],
        ['Välkommen', 'Welcome', '13:00'],
      ].entries()) {
        await session.getByRole('button', { name: sv['admin.agenda.add'] }).click();
        await field(session, 'admin.agenda.title', 'sv').nth(i).fill(svTitle);
        await field(session, 'admin.agenda.title', 'en').nth(i).fill(enTitle);
        await session.getByLabel(sv['admin.agenda.start']).nth(i).fill(start);
      }
      await session.getByRole('button', { name: label('admin.moveUp', { name: 'Välkommen' }) }).focus();
      await page.keyboard.press('Enter');
      expect(await session.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['1. Välkommen', '2. Paus']);

      await editor.getByRole('button', { name: sv['admin.prompt.add'] }).click();
      await field(editor, 'admin.prompt.title', 'sv').fill('Hemuppgift 1');
      await field(editor, 'admin.prompt.title', 'en').fill('Assignment 1');
      await field(editor, 'admin.prompt.text', 'sv').fill('Tänk på ett exempel från ditt arbete.');
      await field(editor, 'admin.prompt.text', 'en').fill('Think of an example from your work.');
      await field(editor, 'admin.question.label', 'sv').fill('Vilket exempel?');
      await field(editor, 'admin.question.label', 'en').fill('Which example?');
      await editor.getByRole('button', { name: sv['admin.save'], exact: true }).click();
      await tab.getByText(sv['admin.saved']).waitFor();
      const preview = tab.locator('[data-testid="card-preview-prompt-1"][data-state="ready"]');
      await preview.locator('.ac-adaptiveCard').waitFor();
      await preview.getByText('Hemuppgift 1').first().waitFor();
      await editor.getByRole('radio', { name: sv['admin.preview.en'] }).check();
      await tab.locator('[data-testid="card-preview-prompt-1"][data-state="ready"]').getByText('Assignment 1').first().waitFor();
      await shoot(page, 'tab-admin-editor');

      // Roster: one bad row → the preview shows it and nothing is written.
      await tab.getByRole('tab', { name: sv['admin.part.roster'] }).click();
      const roster = tab.getByTestId('roster-panel');
      await roster.getByTestId('people-table').waitFor();
      const before = await roster.getByTestId('people-table').locator('tbody tr').count();
      const file = roster.getByLabel(sv['roster.file']);
      await file.setInputFiles({
        name: 'deltagare.csv',
        mimeType: 'text/csv',
        buffer: csv([
          ['lena.ek@example.com', 'Lena Ek', 'Socialförvaltningen', 'deltagare'],
          ['inte-en-adress', 'Omar Ali', 'Socialförvaltningen', 'deltagare'],
        ]),
      });
      await roster.locator('[data-testid="roster-preview"] tr[data-status="error"]').waitFor();
      await roster.locator('[data-testid="roster-preview"] tr[data-status="new"]').waitFor();
      expect(await roster.getByRole('button', { name: sv['roster.apply'] }).isDisabled()).toBe(true);
      await shoot(page, 'tab-admin-roster-preview');
      const people = (await (await harness.api(COORDINATOR, 'GET', `/api/admin/programmes/${PROGRAMME_ID}/people`)).json()) as {
        people: unknown[];
      };
      expect(people.people).toHaveLength(before);

      // Fixed file → apply → the people are listed.
      await file.setInputFiles({
        name: 'deltagare.csv',
        mimeType: 'text/csv',
        buffer: csv([
          ['lena.ek@example.com', 'Lena Ek', 'Socialförvaltningen', 'deltagare'],
          ['omar.ali@example.com', 'Omar Ali', 'Socialförvaltningen', 'kursledare'],
        ]),
      });
      await roster.locator('[data-testid="roster-preview"] tr[data-status="new"]').nth(1).waitFor();
      await roster.getByRole('button', { name: sv['roster.apply'] }).click();
      await roster.getByText(label('roster.applied', { written: 2 })).waitFor();
      const table = roster.getByTestId('people-table');
      await table.getByRole('cell', { name: /^Lena Ek/ }).waitFor();
      await table.getByRole('cell', { name: /^Omar Ali/ }).waitFor();
      expect(await table.getByRole('combobox', { name: label('roster.roleOf', { name: 'Omar Ali' }) }).inputValue()).toBe('facilitator');
      await shoot(page, 'tab-admin-roster');
    } finally {
      await page.close();
    }
  });

  it('asks what to do with answers given so far when a coordinator changes a prompt that was already sent', async () => {
    const { page, tab } = await harness.open(COORDINATOR, `#/admin?edit=${DEMO_PROGRAMME_ID}&locale=sv-SE`);
    try {
      const prompt = tab.getByTestId('prompt-editor-reflection-1');
      const title = field(prompt, 'admin.prompt.title', 'sv');
      await title.fill(`${await title.inputValue()} (uppdaterad)`);
      await tab.getByTestId('programme-editor').getByRole('button', { name: sv['admin.save'], exact: true }).click();
      const dialog = tab.getByRole('alertdialog');
      await dialog.getByRole('heading', { name: sv['admin.sent.title'] }).waitFor();
      expect(await dialog.getByRole('radio', { name: sv['admin.sent.keep'] }).isChecked()).toBe(true);
      await shoot(page, 'tab-admin-already-sent');
      await dialog.getByRole('button', { name: sv['admin.sent.confirm'] }).click();
      await tab.getByText(sv['admin.saved']).waitFor();
      const stored = (await (await harness.api(COORDINATOR, 'GET', `/api/admin/programmes/${DEMO_PROGRAMME_ID}`)).json()) as {
        prompts: { id: string; title: { sv: string } }[];
        promptStates: { promptId: string; answers: number }[];
      };
      expect(stored.prompts.find((p) => p.id === 'reflection-1')?.title.sv).toMatch(/\(uppdaterad\)$/);
      expect(stored.promptStates.find((p) => p.promptId === 'reflection-1')?.answers).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('lists a programme file’s problems with their lines, downloads the file, and copies the programme to a new term', async () => {
    const { page, tab } = await harness.open(COORDINATOR, '#/admin?locale=sv-SE');
    try {
      await tab
        .getByTestId('admin-list')
        .getByRole('button', { name: label('admin.list.editNamed', { name: 'Innovationsutbildning' }) })
        .waitFor();
      await tab.getByLabel(sv['admin.import.file'], { exact: true }).setInputFiles({
        name: 'trasig.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from('programme:\n  id: Inte OK\n  timeZone: Europe/Stockholm\nsessions: []\n', 'utf8'),
      });
      const issues = tab.getByTestId('issue-list');
      await issues.waitFor();
      expect(await issues.textContent()).toMatch(/Rad \d+/);

      await tab.getByRole('button', { name: label('admin.list.editNamed', { name: 'Innovationsutbildning' }) }).click();
      await tab.getByRole('tab', { name: sv['admin.part.file'] }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        tab.getByRole('button', { name: sv['admin.export.button'] }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.ya?ml$/);

      await tab.getByLabel(startsWith(sv['admin.copy.newId'])).fill(`${PROGRAMME_ID}-ht`);
      await tab.getByLabel(startsWith(sv['admin.copy.date'])).fill('2027-09-06');
      await tab.getByRole('button', { name: sv['admin.copy.button'] }).click();
      await tab.getByTestId('programme-editor').waitFor();
      expect(await tab.getByLabel(startsWith(sv['admin.session.start'])).first().inputValue()).toMatch(/^2027-09-06T/);
    } finally {
      await page.close();
    }
  });

  it('explains a conflicting save and reloads the programme (optimistic concurrency)', async () => {
    const { page, tab } = await harness.open(COORDINATOR, `#/admin?edit=${DEMO_PROGRAMME_ID}&locale=sv-SE`);
    try {
      const editor = tab.getByTestId('programme-editor');
      const title = field(editor.getByTestId('session-editor-1'), 'admin.session.title', 'sv');
      await title.fill('Ändrad rubrik');
      // Someone else changes the programme meanwhile (a renewed join code is a new version).
      const renewed = await harness.api(COORDINATOR, 'POST', `/api/admin/programmes/${DEMO_PROGRAMME_ID}/join-code`);
      expect(renewed.status).toBe(200);
      const { joinCode } = (await renewed.json()) as { joinCode: string };
      await editor.getByRole('button', { name: sv['admin.save'], exact: true }).click();
      await tab.getByText(sv['admin.conflict.title']).waitFor();
      await tab.getByRole('button', { name: sv['admin.conflict.reload'] }).click();
      await tab.getByTestId('programme-editor').waitFor();
      expect(await tab.getByLabel(sv['admin.joinCode']).inputValue()).toBe(joinCode);
      expect(await field(tab.getByTestId('session-editor-1'), 'admin.session.title', 'sv').inputValue()).not.toBe('Ändrad rubrik');
    } finally {
      await page.close();
    }
  });

  it('does not offer a participant the editor, and the API refuses them', async () => {
    const { page, tab } = await harness.open(PARTICIPANT, '#/personal?locale=sv-SE');
    try {
      await tab.getByRole('tab', { name: sv['nav.myData'] }).waitFor();
      expect(await tab.getByRole('tab', { name: sv['nav.admin'], exact: true }).count()).toBe(0);
      const refused = await harness.api(PARTICIPANT, 'GET', `/api/admin/programmes/${DEMO_PROGRAMME_ID}`);
      expect(refused.status).toBe(403);
      const people = await harness.api(PARTICIPANT, 'GET', `/api/admin/programmes/${DEMO_PROGRAMME_ID}/people`);
      expect(people.status).toBe(403);
    } finally {
      await page.close();
    }
    // Straight to the route: the tab refuses in words.
    const direct = await harness.open(PARTICIPANT, '#/admin?locale=sv-SE');
    try {
      await direct.tab.getByText(sv['error.forbidden']).waitFor();
    } finally {
      await direct.page.close();
    }
  });

  it('downloads "Mina data" as a zip with the bearer token', async () => {
    const { page, tab } = await harness.open(PARTICIPANT, '#/my-data?locale=sv-SE');
    try {
      await tab.getByRole('heading', { name: sv['myData.summary'] }).waitFor();
      await tab.getByText(sv['myData.eraseText']).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        tab.getByRole('button', { name: sv['myData.downloadButton'] }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^mina-data-\d{4}-\d{2}-\d{2}\.zip$/);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
      await shoot(page, 'tab-my-data');
    } finally {
      await page.close();
    }
  });

  it('fits 320 px without horizontal scrolling (Mina data, the programme list, the editor)', async () => {
    for (const [person, hash, ready] of [
      [PARTICIPANT, '#/my-data?locale=sv-SE', 'my-data'],
      [COORDINATOR, '#/admin?locale=sv-SE', 'admin-list'],
      [COORDINATOR, `#/admin?edit=${DEMO_PROGRAMME_ID}&locale=sv-SE`, 'programme-editor'],
    ] as const) {
      const { page, tab } = await harness.open(person, hash, { width: 320, height: 800 });
      try {
        await tab.getByTestId(ready).waitFor();
        const frame = page.frames().find((f) => f.url().startsWith(harness.demo.url));
        const overflow = await frame!.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await page.close();
      }
    }
  });
});
