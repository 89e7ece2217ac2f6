import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInMemoryRepositories } from '../bot/src/storage';
import type { Repositories } from '../bot/src/storage/repositories';
import { LOCAL_CONNECTION_STRING, parseArgs, runProgrammeCli, type CliContext, type StorageOptions } from './programme-cli';
import { OutputCapture } from './testing/output-capture';

const root = join(__dirname, '..');
const DEMO = 'programmes/innovation-training.yaml';
const BROKEN = 'bot/src/programme-file/fixtures/broken-programme.yaml';

function harness(env: Record<string, string | undefined> = {}, openRepositories?: CliContext['openRepositories']) {
  const repos: Repositories = createInMemoryRepositories();
  const opened: StorageOptions[] = [];
  const stdout = new OutputCapture();
  const stderr = new OutputCapture();
  const ctx: CliContext = {
    env,
    stdout,
    stderr,
    now: () => new Date('2026-03-27T10:00:00Z'),
    readFile: (path) => readFile(join(root, path), 'utf8'),
    openRepositories: (options) => {
      opened.push(options);
      return openRepositories ? openRepositories(options) : repos;
    },
  };
  const run = (...args: string[]) => runProgrammeCli(args, ctx);
  return { repos, opened, stdout, stderr, run };
}

describe('programme CLI: import', () => {
  it('prints every error as FILE:LINE:COL path: message, exits 1 and saves nothing', async () => {
    const { repos, opened, stdout, stderr, run } = harness();
    expect(await run('import', BROKEN, '--lang', 'en')).toBe(1);
    expect(stdout.text).toBe('');
    const lines = stderr.lines;
    expect(lines).toHaveLength(24);
    expect(lines[0]).toBe(`${BROKEN}:6:13 programme.timeZone: Unknown time zone. Use an IANA name such as Europe/Stockholm.`);
    expect(lines).toContain(`${BROKEN}:30:26 sessions[1].agenda[0].durationMinutes: May be at most 480.`);
    expect(lines).toContain(`${BROKEN}:84:14 roster[2].email: This e-mail address is already listed at roster[0].email.`);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^\S+:\d+:\d+ [\w.[\]]+: .+$/);
    expect(lines[23]).toBe(`23 error(s) in ${BROKEN}. Nothing was saved.`);
    expect(opened).toEqual([]); // storage is not even opened
    expect(await repos.programmes.list()).toEqual([]);
  });

  it('speaks Swedish by default', async () => {
    const { stderr, run } = harness({ LANG: 'C.UTF-8' });
    expect(await run('import', BROKEN)).toBe(1);
    expect(stderr.lines[0]).toBe(`${BROKEN}:6:13 programme.timeZone: Okänd tidszon. Använd ett IANA-namn, till exempel Europe/Stockholm.`);
  });

  it('imports the demo, then reports no changes the second time', async () => {
    const { repos, stdout, run } = harness({ LANG: 'en_GB.UTF-8' });
    expect(await run('import', DEMO)).toBe(0);
    expect(stdout.lines).toEqual([
      `Imported ${DEMO} into programme innovation-training.`,
      '  Programme: created',
      '  Sessions: 4 created, 0 updated, 0 unchanged',
      '  Prompts: 8 created, 0 updated, 0 unchanged',
      '  People: 22 created, 0 updated, 0 unchanged',
    ]);
    const first = await repos.programmes.load('innovation-training');

    stdout.text = '';
    expect(await run('import', DEMO)).toBe(0);
    expect(stdout.lines).toEqual([
      `Imported ${DEMO} into programme innovation-training.`,
      '  Programme: unchanged',
      '  Sessions: 0 created, 0 updated, 4 unchanged',
      '  Prompts: 0 created, 0 updated, 8 unchanged',
      '  People: 0 created, 0 updated, 22 unchanged',
      'Nothing changed.',
    ]);
    expect(await repos.programmes.load('innovation-training')).toEqual(first);
  });

  it('uses --connection-string over STORAGE_CONNECTION_STRING, and local Azurite without either', async () => {
    const withFlag = harness({ STORAGE_CONNECTION_STRING: 'from-env', TABLE_PREFIX: 'dev' });
    await withFlag.run('import', DEMO, '--connection-string=from-flag');
    expect(withFlag.opened).toEqual([{ connectionString: 'from-flag', tablePrefix: 'dev' }]);

    const withEnv = harness({ STORAGE_CONNECTION_STRING: 'from-env' });
    await withEnv.run('import', DEMO, '--table-prefix', 'test');
    expect(withEnv.opened).toEqual([{ connectionString: 'from-env', tablePrefix: 'test' }]);

    const local = harness();
    await local.run('import', DEMO);
    expect(local.opened).toEqual([{ connectionString: LOCAL_CONNECTION_STRING, tablePrefix: undefined }]);
    expect(LOCAL_CONNECTION_STRING).toContain('TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;');
  });

  it('exits 1 with the reason when storage fails', async () => {
    const { stderr, run } = harness({}, () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:10002')));
    expect(await run('import', DEMO, '--lang', 'en')).toBe(1);
    expect(stderr.text).toBe('The import failed: connect ECONNREFUSED 127.0.0.1:10002\n');
  });

  it('exits 2 when the file is missing or unreadable', async () => {
    const { stderr, run } = harness({ LANG: 'en_US.UTF-8' });
    expect(await run('import')).toBe(2);
    expect(await run('import', 'programmes/no-such-file.yaml')).toBe(2);
    expect(stderr.lines).toEqual(['Name a programme file.', 'Cannot read programmes/no-such-file.yaml: ENOENT']);
  });
});

describe('programme CLI: commands and options', () => {
  it('checks a file without opening storage', async () => {
    const { opened, stdout, run } = harness();
    expect(await run('check', DEMO, '--lang', 'en')).toBe(0);
    expect(stdout.text).toBe(`${DEMO} is valid: programme innovation-training with 4 sessions, 8 prompts and 22 people.\n`);
    expect(opened).toEqual([]);
  });

  it('prints usage listing the commands for --help', async () => {
    const { stdout, run } = harness();
    expect(await run('--help', '--lang', 'en')).toBe(0);
    expect(stdout.text).toMatch(/^Usage: npm run programme -- <command> \[options\]/);
    expect(stdout.text).toContain('  import FILE  ');
    expect(stdout.text).toContain('  check FILE   ');
  });

  it.each([
    [['publish'], 'Unknown command "publish".'],
    [['send', 'innovation-training'], 'Name the programme and the prompt: send PROGRAMME PROMPT.'],
    [['import', DEMO, '--dry-run'], 'Unknown option "--dry-run".'],
    [['import', DEMO, '--connection-string'], 'The option --connection-string needs a value.'],
  ])('exits 2 for %j', async (args, message) => {
    const { stderr, run } = harness();
    expect(await run(...args, '--lang=en')).toBe(2);
    expect(stderr.lines[0]).toBe(message);
  });

  it('exits 2 with usage when no command is given', async () => {
    const { stderr, run } = harness();
    expect(await run()).toBe(2);
    expect(stderr.text).toMatch(/^Användning:/);
  });

  it('parses options before and after operands, and stops at --', () => {
    expect(parseArgs(['--lang', 'en', 'import', 'a.yaml', '--table-prefix=x', '--', '--not-an-option'])).toEqual({
      operands: ['import', 'a.yaml', '--not-an-option'],
      options: { lang: 'en', 'table-prefix': 'x' },
      help: false,
    });
  });
});
