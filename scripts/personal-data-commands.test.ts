import JSZip from 'jszip';
import { personKey } from '../bot/src/domain/identity';
import type { MessageEraser, PostedMessage } from '../bot/src/gdpr/message-eraser';
import type { PersonalDataSettings } from '../bot/src/gdpr/policy';
import { createInMemoryRepositories } from '../bot/src/storage';
import type { Repositories } from '../bot/src/storage/repositories';
import { AUDIT_RANGE, NOW, PEOPLE, SECRET, seed, seedPostedPrompts } from '../test/api/api-fixture';
import { runProgrammeCli, type CliContext } from './programme-cli';
import { OutputCapture } from './testing/output-capture';

const P1 = `${PEOPLE.p1.tenantId}|${PEOPLE.p1.objectId}`;

async function harness(settings: Partial<PersonalDataSettings> = {}, withEraser = true) {
  const repos: Repositories = createInMemoryRepositories();
  await seed(repos);
  await seedPostedPrompts(repos, [
    ['private', '1:a'],
    ['cohort', '1:b'],
  ]);
  const files = new Map<string, Buffer>();
  const erased: PostedMessage[] = [];
  const eraser: MessageEraser = {
    erase: async (message) => {
      erased.push(message);
      return { status: 'deleted' };
    },
  };
  const stdout = new OutputCapture();
  const stderr = new OutputCapture();
  let now = NOW;
  const ctx: CliContext = {
    env: { LANG: 'en_GB.UTF-8' },
    stdout,
    stderr,
    now: () => now,
    readFile: () => Promise.reject(new Error('no files')),
    openRepositories: () => repos,
    personalData: {
      settings: () => ({ erasurePolicy: 'delete', retentionDefaultDays: 365, pseudonymKey: 'k', ...settings }),
      writeFile: async (path, data) => {
        files.set(path, data);
      },
      ...(withEraser ? { openMessageEraser: () => eraser } : {}),
    },
  };
  const run = (...args: string[]) => runProgrammeCli(args, ctx);
  return { repos, files, erased, stdout, stderr, run, setNow: (at: Date) => (now = at) };
}

describe('programme CLI: export-person', () => {
  it('writes one zip with everything about the person, shows progress per table, and audits the export', async () => {
    const { repos, files, stdout, stderr, run } = await harness();
    expect(await run('export-person', 'pia@example.org', '--out', 'pia.zip')).toBe(1); // nobody by that e-mail
    expect(stderr.lines).toEqual(['The app holds nothing about pia@example.org.']);
    stderr.text = '';

    expect(await run('export-person', P1, '--out', 'pia.zip')).toBe(0);
    const zip = await JSZip.loadAsync(files.get('pia.zip')!);
    const data = JSON.parse(await zip.file('export.json')!.async('string'));
    expect(data.subject).toMatchObject(PEOPLE.p1);
    expect(JSON.stringify(data)).toContain(SECRET);
    expect(stdout.lines).toEqual(['Wrote pia.zip: 7 rows from 5 tables.']);
    expect(stderr.lines[0]).toBe('table 1/13: programmes … 0 rows');
    expect(stderr.lines).toContain('table 8/13: answers … 2 rows');
    expect(stderr.lines).toContainEqual(expect.stringMatching(/^table 10\/13: deliveries … 2 rows \(\d+ read\)$/));
    expect(stderr.lines).toHaveLength(13);
    const audit = await repos.audit.listByProgramme('*', AUDIT_RANGE);
    expect(audit).toEqual([expect.objectContaining({ action: 'person.export', actor: 'cli', target: personKey(PEOPLE.p1) })]);
  });

  it('names the file after the date by default and speaks Swedish with --lang sv', async () => {
    const { files, stdout, run } = await harness();
    expect(await run('export-person', PEOPLE.p1.objectId, '--lang', 'sv')).toBe(0);
    expect([...files.keys()]).toEqual(['person-export-2026-03-12.zip']);
    expect(stdout.lines[0]).toMatch(/^Skrev person-export-2026-03-12.zip: \d+ rader från \d+ tabeller\.$/);
  });

  it.each([
    [[], 'Say who: an e-mail address, TENANT|OID or an object id (OID).'],
    [['Pia Ett'], '"Pia Ett" is neither an e-mail address, TENANT|OID nor an object id.'],
  ])('exits 2 for %j', async (operands, message) => {
    const { stderr, run } = await harness();
    expect(await run('export-person', ...operands)).toBe(2);
    expect(stderr.lines).toEqual([message]);
  });
});

describe('programme CLI: erase-person', () => {
  it('without --yes only lists what would go, and changes nothing', async () => {
    const { repos, erased, stdout, run } = await harness();
    expect(await run('erase-person', P1)).toBe(0);
    expect(stdout.lines[0]).toBe(`This would be erased about ${P1} (policy: delete):`);
    expect(stdout.lines).toContain('  answers: 2 rows');
    expect(stdout.lines).toContain('  messages in Teams: 2');
    expect(stdout.lines.at(-1)).toBe('Nothing was erased. Run again with --yes to erase.');
    expect(erased).toEqual([]);
    expect(await repos.enrolments.listByPerson(PEOPLE.p1)).toHaveLength(1);
  });

  it('with --yes erases the person, deletes their posted messages and prints what it did', async () => {
    const { repos, erased, stdout, stderr, run } = await harness();
    expect(await run('erase-person', P1, '--yes')).toBe(0);
    expect(erased.map((m) => m.activityId).sort()).toEqual(['1:a', '1:b']);
    expect(stdout.lines[0]).toMatch(
      /^Erased\. The audit log keeps only the pseudonym 00000000-0000-0000-0000-000000000000\|[0-9a-f]{32}\.$/,
    );
    expect(stdout.lines).toContain('  answers: 2 deleted, 0 pseudonymised');
    expect(stdout.lines).toContain('  messages in Teams: 2 deleted, 0 failed, 0 without a conversation');
    expect(stderr.lines).toContain('messages in Teams: 2/2');
    expect(stderr.lines.some((line) => line.startsWith('erasing, table 1/13: enrolments'))).toBe(true);
    expect(await repos.enrolments.listByPerson(PEOPLE.p1)).toEqual([]);
    expect(await repos.conversations.get(PEOPLE.p1)).toBeUndefined();
  });

  it('keeps answers under a pseudonym when ERASURE_POLICY says so', async () => {
    const { repos, stdout, run } = await harness({ erasurePolicy: 'pseudonymise-answers' });
    expect(await run('erase-person', P1, '--yes')).toBe(0);
    expect(stdout.lines).toContain('  answers: 0 deleted, 2 pseudonymised');
    const kept = await repos.answers.listByPrompt('alpha', 'private');
    expect(kept.filter((a) => a.answers.text === SECRET).map((a) => a.person.tenantId)).toEqual(['00000000-0000-0000-0000-000000000000']);
  });

  it('says so when it cannot reach the Bot Connector, erases the rest, and exits 0', async () => {
    const { stdout, stderr, run } = await harness({}, false);
    expect(await run('erase-person', P1, '--yes')).toBe(0);
    expect(stderr.lines).toContain('No Bot Connector connection: messages in Teams are not deleted.');
    expect(stdout.lines).toContain('  messages in Teams: 0 deleted, 0 failed, 2 without a conversation');
  });
});

describe('programme CLI: purge', () => {
  it('with --dry-run lists what has passed its retention and changes nothing; without it, purges', async () => {
    const { repos, stdout, run, setNow } = await harness();
    expect(await run('purge', '--dry-run')).toBe(0);
    expect(stdout.lines).toContain('Nothing has passed its retention period.');

    setNow(new Date('2027-04-01T00:00:00Z')); // a year after the fixture's programmes end
    stdout.text = '';
    expect(await run('purge', '--dry-run')).toBe(0);
    expect(stdout.lines[0]).toBe('Dry run: nothing is changed.');
    expect(stdout.lines).toContain('alpha: ended 2026-04-10T17:00, kept until 2027-04-10: kept');
    expect(stdout.lines.some((line) => /^beta: ended .*: retention period passed$/.test(line))).toBe(true);
    expect(stdout.lines).toContain('  enrolments: 2 to delete, 0 to pseudonymise');
    expect(await repos.enrolments.listByProgramme('beta')).toHaveLength(2);

    stdout.text = '';
    expect(await run('purge')).toBe(0);
    expect(stdout.lines.at(-1)).toMatch(/^Done: \d+ rows deleted, \d+ pseudonymised\.$/);
    expect(await repos.enrolments.listByProgramme('beta')).toEqual([]);
    expect(await repos.enrolments.listByProgramme('alpha')).toHaveLength(9);
  });

  it('lists the commands in the usage', async () => {
    const { stdout, run } = await harness();
    expect(await run('--help')).toBe(0);
    for (const name of ['export-person', 'erase-person', 'purge']) expect(stdout.text).toContain(`  ${name} `);
  });
});

describe('programme CLI: options of one command only', () => {
  it.each([
    [['purge', '--yes'], 'Unknown option "--yes".'],
    [['erase-person', P1, '--dry-run'], 'Unknown option "--dry-run".'],
    [['erase-person', P1, '--out', 'x.zip'], 'Unknown option "--out".'],
  ])('refuses %j with exit 2 and does nothing', async (args, message) => {
    const { repos, stderr, run } = await harness();
    expect(await run(...args)).toBe(2);
    expect(stderr.lines).toEqual([message]);
    expect(await repos.enrolments.listByPerson(PEOPLE.p1)).toHaveLength(1);
  });
});
