import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { adaptiveCardOf, cardTexts } from '../../bot/src/testing/card-inspect';
import { startConnectorFake, type ConnectorFake } from '../../bot/src/testing/connector-fake';
import { memberOf, teamsParty } from '../../bot/src/testing/teams-activities';
import { sv } from '../../tab/src/i18n/sv';
import { startAdminHarness, type AdminHarness } from './support/admin-harness';
import { DEMO_PROGRAMME_ID } from './support/demo-app';
import { installApp, stockholmDate } from './support/teams-install';

/**
 * Issue 6 in the tab, against the real app (Azurite, demo programme,
 * development issuer) inside the Teams host test page: a coordinator builds a
 * programme from nothing and enrols people from a spreadsheet, an enrolled
 * participant installs the app (Teams-shaped activities; the Bot Connector
 * fake on loopback stands in for Teams) and the coordinator sends the prompt
 * now; a participant is not offered the editor (and the API refuses); "Mina
 * data" downloads a zip.
 */

jest.setTimeout(60_000);

const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');
const COORDINATOR = 'Adele Vance';
const PARTICIPANT = 'Alex Wilber';
const PROGRAMME_ID = `vt-${Date.now().toString(36)}`;

let harness: AdminHarness;
let connector: ConnectorFake;
/** Enrolled from the spreadsheet below; adds the app in Teams before the prompt is sent. */
const lena = teamsParty({
  userId: '29:1lena-teams-user-id',
  aadObjectId: '00000000-0000-0000-0000-000000000777',
  userName: 'Lena Ek',
  email: 'lena.ek@example.com',
  conversationId: 'a:1personal-chat-lena',
});

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [harness, connector] = await Promise.all([startAdminHarness(), startConnectorFake({ members: [memberOf(lena)] })]);
}, 90_000);

afterAll(async () => {
  await harness?.close();
  await connector?.close();
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
  it('lets a coordinator create a programme with a session and a prompt, enrol people from a CSV, and send the prompt now', async () => {
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
      // The first session was yesterday, so its prompt can be open now.
      await create.getByLabel(startsWith(sv['admin.session.start'])).fill(`${stockholmDate(-1)}T13:00`);
      await create.getByLabel(startsWith(sv['admin.session.end'])).fill(`${stockholmDate(-1)}T16:00`);
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
      await editor.getByLabel(startsWith(sv['admin.prompt.sendAt'])).fill(`${stockholmDate(-1)}T17:00`);
      await editor.getByLabel(startsWith(sv['admin.prompt.dueAt'])).fill(`${stockholmDate(5)}T17:00`);
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
          ['nils.berg@example.com', 'Nils Berg', 'Socialförvaltningen', 'deltagare'],
        ]),
      });
      await roster.locator('[data-testid="roster-preview"] tr[data-status="new"]').nth(2).waitFor();
      await roster.getByRole('button', { name: sv['roster.apply'] }).click();
      await roster.getByText(label('roster.applied', { written: 3 })).waitFor();
      const table = roster.getByTestId('people-table');
      await table.getByRole('cell', { name: /^Lena Ek/ }).waitFor();
      await table.getByRole('cell', { name: /^Omar Ali/ }).waitFor();
      expect(await table.getByRole('combobox', { name: label('roster.roleOf', { name: 'Omar Ali' }) }).inputValue()).toBe('facilitator');
      await shoot(page, 'tab-admin-roster');

      // Lena adds the app in Teams: the bot matches her by e-mail and greets her; Nils has not yet.
      await installApp(harness.demo.url, { ...lena, serviceUrl: connector.url });
      await connector.waitForActivities(1, 10_000);

      // Back in the editor: send the prompt now, after a confirmation.
      await tab.getByRole('tab', { name: sv['admin.part.content'] }).click();
      const promptEditor = tab.getByTestId('prompt-editor-prompt-1');
      await promptEditor.getByRole('button', { name: sv['sendNow.button'] }).click();
      const confirm = tab.getByRole('alertdialog');
      await confirm.getByRole('heading', { name: label('sendNow.confirmTitle', { title: 'Hemuppgift 1' }) }).waitFor();
      await confirm.getByRole('button', { name: sv['sendNow.confirm'], exact: true }).click();
      const summary = promptEditor.getByTestId('send-summary');
      // Read as assistive technology does: the page is aria-hidden until the dialog has finished closing.
      await summary.getByRole('listitem').first().waitFor();
      expect(await summary.getByRole('listitem').allTextContents()).toEqual(
        expect.arrayContaining([
          label('sendNow.sent', { count: 1 }),
          label('sendNow.failed', { count: 0 }),
          expect.stringContaining(label('sendNow.unreachable', { count: 1 })),
          label('sendNow.reasonLine', { reason: sv['sendNow.reason.notMatched'], count: 1 }),
        ]),
      );
      await shoot(page, 'tab-admin-send-now');

      // The connector got the prompt card, once, in Lena's chat.
      const prompts = connector.activities.filter((a) => cardTexts(adaptiveCardOf(a.activity)).includes('Hemuppgift 1'));
      expect(prompts.map((a) => a.conversationId)).toEqual([lena.conversationId]);
    } finally {
      await page.close();
    }
  });

  it('adds a live question to a session, previews its card as the meeting sees it, and keeps it after a save and reload', async () => {
    const open = () => harness.open(COORDINATOR, `#/admin?edit=${DEMO_PROGRAMME_ID}&locale=sv-SE`);
    const first = await open();
    try {
      const live = first.tab.getByTestId('live-prompts-2');
      await live.getByRole('button', { name: sv['admin.live.add'] }).click();
      // The new question is the last of the session's.
      const editor = live.locator('[data-testid^="live-prompt-editor-2-"]').last();
      await editor.getByLabel(sv['admin.live.type']).selectOption('word');
      await field(editor, 'admin.live.question', 'sv').fill('Vilket ord sammanfattar förmiddagen?');
      await field(editor, 'admin.live.question', 'en').fill('Which word sums up the morning?');
      const preview = editor.locator('[data-testid^="live-card-preview-2-"][data-state="ready"]');
      await preview.locator('.ac-adaptiveCard').waitFor();
      await preview.getByText('Vilket ord sammanfattar förmiddagen?').waitFor();
      await first.tab.getByTestId('programme-editor').getByRole('button', { name: sv['admin.save'], exact: true }).click();
      await first.tab.getByText(sv['admin.saved']).waitFor();
      await shoot(first.page, 'tab-admin-live-prompt');
    } finally {
      await first.page.close();
    }
    const again = await open();
    try {
      const live = again.tab.getByTestId('live-prompts-2');
      const questions = field(live, 'admin.live.question', 'sv');
      await questions.first().waitFor();
      const values = await Promise.all((await questions.all()).map((q) => q.inputValue()));
      expect(values).toContain('Vilket ord sammanfattar förmiddagen?');
    } finally {
      await again.page.close();
    }
  });

  it('enrols the members of a Teams team: a preview with errors per row first, then only what the preview showed', async () => {
    // The coordinator has a chat with the bot (the connector is found through it).
    const adele = teamsParty({
      userId: '29:1adele-teams-user-id',
      aadObjectId: harness.demo.objectIdOf(COORDINATOR),
      userName: COORDINATOR,
      email: 'adelev@example.com',
      conversationId: 'a:1personal-chat-adele',
      serviceUrl: connector.url,
    });
    connector.members = [memberOf(adele)];
    await installApp(harness.demo.url, adele);
    const sofia = { ...memberOf(adele), id: '29:1sofia', name: 'Sofia Ny', aadObjectId: '00000000-0000-0000-0000-000000000778' };
    const guest = {
      id: '29:1guest',
      name: 'Gäst Utan Adress',
      aadObjectId: '00000000-0000-0000-0000-000000000779',
      tenantId: adele.tenantId,
    };
    connector.members = [{ ...sofia, email: 'sofia.ny@example.com', userPrincipalName: 'sofia.ny@example.com' }, guest];

    const { page, tab } = await harness.open(COORDINATOR, `#/admin?edit=${DEMO_PROGRAMME_ID}&locale=sv-SE`);
    try {
      await tab.getByRole('tab', { name: sv['admin.part.roster'] }).click();
      const team = tab.getByTestId('team-roster');
      await team.getByLabel(startsWith(sv['roster.team.id'])).fill('19:innovation@thread.tacv2');
      await team.getByRole('button', { name: sv['roster.team.preview'] }).click();
      const preview = team.getByTestId('team-preview');
      await preview.locator('tr[data-status="error"]').waitFor();
      expect(await preview.locator('tr[data-status="new"]').textContent()).toContain('sofia.ny@example.com');
      expect(await team.getByRole('button', { name: sv['roster.team.apply'] }).isDisabled()).toBe(true);
      await shoot(page, 'tab-admin-team-preview');

      // The guest is added later by file; the team without them applies.
      connector.members = connector.members.filter((m) => m.id !== guest.id);
      await team.getByRole('button', { name: sv['roster.team.preview'] }).click();
      await preview.locator('tr[data-status="error"]').waitFor({ state: 'detached' });
      await team.getByRole('button', { name: sv['roster.team.apply'] }).click();
      await team.getByText(label('roster.applied', { written: 1 })).waitFor();
      await tab
        .getByTestId('people-table')
        .getByRole('cell', { name: /^Sofia Ny/ })
        .waitFor();
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
