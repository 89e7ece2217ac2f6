import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { buildAppPackage, PackageError, parseArgs, parseEnvFile } from './package-app';

const repo = path.join(__dirname, '..');
const envDir = path.join(repo, 'env');
const manifestDir = path.join(repo, 'manifest');
const local = parseEnvFile(readFileSync(path.join(envDir, '.env.local'), 'utf8'));
const OTHER_GUID = '99999999-8888-4777-8666-555555555555';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'package-app-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const outDir = (): string => path.join(tmp, 'out');

/** A folder with the given files, for env or manifest fixtures. */
function folder(name: string, files: Record<string, string>, copyFrom?: string): string {
  const dir = path.join(tmp, name);
  if (copyFrom) cpSync(copyFrom, dir, { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

async function failure(promise: Promise<unknown>): Promise<PackageError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof PackageError) return err;
    throw err;
  }
  throw new Error('expected a PackageError');
}

async function unzip(zipPath: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const texts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) texts[name] = await zip.files[name].async('string');
  return texts;
}

describe('buildAppPackage', () => {
  it('packs manifest.json, en.json and the two icons, and nothing else, at the zip root', async () => {
    const built = await buildAppPackage({ env: 'local', envDir, manifestDir, outDir: outDir() });
    expect(built.zipPath).toBe(path.join(outDir(), 'appPackage.local.zip'));
    expect(Object.keys(await unzip(built.zipPath)).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    expect(built.warnings).toEqual([]);
  });

  it('fills every placeholder from env/.env.local, in the manifest and the language file', async () => {
    const built = await buildAppPackage({ env: 'local', envDir, manifestDir, outDir: outDir() });
    const files = await unzip(built.zipPath);
    expect(files['manifest.json']).not.toContain('${{');
    expect(files['en.json']).not.toContain('${{');
    expect(JSON.parse(files['manifest.json'])).toEqual(built.manifest);
    expect(built.manifest).toMatchObject({
      id: local.TEAMS_APP_ID,
      name: { short: 'Innovationsresan (local)' },
      validDomains: ['localhost:3978'],
    });
    expect(JSON.parse(files['en.json'])['name.short']).toBe('Innovation Journey (local)');
  });

  it('lets env/.env.<env>.user, then the environment, override the env file', async () => {
    const dir = folder('env', {
      '.env.test': readFileSync(path.join(envDir, '.env.local'), 'utf8'),
      '.env.test.user': `TEAMS_APP_ID=${OTHER_GUID}\nTAB_DOMAIN=user.example.org\nTAB_ENDPOINT=https://user.example.org\n`,
    });
    const environment = { TAB_DOMAIN: 'env.example.org', TAB_ENDPOINT: 'https://env.example.org', UNRELATED: undefined };
    const built = await buildAppPackage({ env: 'test', envDir: dir, manifestDir, outDir: outDir(), environment });
    expect(built.manifest).toMatchObject({ id: OTHER_GUID, validDomains: ['env.example.org'] });
  });

  it('fails naming each missing variable, and writes no zip', async () => {
    const dir = folder('env', { '.env.test': `TEAMS_APP_ID=${OTHER_GUID}\nAPP_NAME_SUFFIX=\n` });
    const err = await failure(buildAppPackage({ env: 'test', envDir: dir, manifestDir, outDir: outDir() }));
    expect(err.code).toBe('VARIABLES_MISSING');
    expect(err.details).toEqual(['AAD_APP_CLIENT_ID', 'BOT_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT']);
    expect(err.message).toContain('BOT_ID');
    expect(existsSync(outDir())).toBe(false);
  });

  it('counts the empty values of the committed env/.env.dev template as missing, except the name suffix', async () => {
    const err = await failure(buildAppPackage({ env: 'dev', envDir, manifestDir, outDir: outDir() }));
    expect(err.details).toEqual(['AAD_APP_CLIENT_ID', 'BOT_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'TEAMS_APP_ID']);

    const environment = { ...local, APP_NAME_SUFFIX: '', TAB_DOMAIN: 'app.example.org', TAB_ENDPOINT: 'https://app.example.org' };
    const built = await buildAppPackage({ env: 'dev', envDir, manifestDir, outDir: outDir(), environment });
    expect(built.manifest).toMatchObject({ name: { short: 'Innovationsresan', full: 'Innovationsutbildning' } });
    expect(path.basename(built.zipPath)).toBe('appPackage.dev.zip');
  });

  it('fails when env/.env.<env> does not exist', async () => {
    const err = await failure(buildAppPackage({ env: 'nope', envDir, manifestDir, outDir: outDir() }));
    expect(err.code).toBe('ENV_FILE_MISSING');
    expect(err.message).toContain('.env.nope');
  });

  it('refuses an env name that could leave the env folder', async () => {
    expect((await failure(buildAppPackage({ env: '../local', envDir, manifestDir, outDir: outDir() }))).code).toBe('ARGS_INVALID');
  });

  it('reports schema violations with their path', async () => {
    const environment = { TEAMS_APP_ID: 'not-a-guid' };
    const err = await failure(buildAppPackage({ env: 'local', envDir, manifestDir, outDir: outDir(), environment }));
    expect(err.code).toBe('MANIFEST_INVALID');
    expect(err.details).toEqual([expect.stringMatching(/^manifest\.json\/id must match pattern/)]);
  });

  it('refuses tab pages over plain http, and tab hosts outside validDomains', async () => {
    const http = await failure(
      buildAppPackage({ env: 'local', envDir, manifestDir, outDir: outDir(), environment: { TAB_ENDPOINT: 'http://localhost:3978' } }),
    );
    expect(http.details).toEqual([expect.stringContaining('https only'), expect.stringContaining('https only')]);

    const elsewhere = { TAB_ENDPOINT: 'https://elsewhere.example.org' };
    const err = await failure(buildAppPackage({ env: 'local', envDir, manifestDir, outDir: outDir(), environment: elsewhere }));
    expect(err.details).toEqual([expect.stringContaining('elsewhere.example.org is not in validDomains'), expect.any(String)]);
  });

  it('warns when the bot is not the Entra app that meeting permissions are granted to', async () => {
    const built = await buildAppPackage({ env: 'local', envDir, manifestDir, outDir: outDir(), environment: { BOT_ID: OTHER_GUID } });
    expect(built.warnings).toEqual([expect.stringContaining('BOT_ID differs')]);
  });

  it('refuses an icon of the wrong size', async () => {
    const dir = folder('manifest', {}, manifestDir);
    copyFileSync(path.join(manifestDir, 'color.png'), path.join(dir, 'outline.png'));
    const err = await failure(buildAppPackage({ env: 'local', envDir, manifestDir: dir, outDir: outDir() }));
    expect(err.details).toEqual(['outline.png: 192x192, Teams wants 32x32']);
  });

  it('refuses a translation that matches nothing in the manifest', async () => {
    const english = JSON.parse(readFileSync(path.join(manifestDir, 'en.json'), 'utf8'));
    const dir = folder('manifest', { 'en.json': JSON.stringify({ ...english, 'staticTabs[5].name': 'Ghost' }) }, manifestDir);
    const err = await failure(buildAppPackage({ env: 'local', envDir, manifestDir: dir, outDir: outDir() }));
    expect(err.details).toEqual(['en.json: "staticTabs[5].name" translates nothing in manifest.json']);
  });
  it('refuses a manifest that points at files outside its folder, since the zip is flat', async () => {
    const manifest = JSON.parse(readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8'));
    manifest.icons.color = '../color.png';
    const dir = folder('manifest', { 'manifest.json': JSON.stringify(manifest) }, manifestDir);
    const err = await failure(buildAppPackage({ env: 'local', envDir, manifestDir: dir, outDir: outDir() }));
    expect(err.details).toEqual(['../color.png']);
  });
});

describe('parseEnvFile', () => {
  it('reads KEY=VALUE lines, skipping comments and blanks, and keeps the spaces of quoted values', () => {
    const text = '# comment\n\nA=1\nexport B = two # note\nC=" (local)"\nD=\'x # y\' # note\nE=\r\n';
    expect(parseEnvFile(text)).toEqual({ A: '1', B: 'two', C: ' (local)', D: 'x # y', E: '' });
  });

  it('names the file and line of a line that is not KEY=VALUE', () => {
    expect(() => parseEnvFile('A=1\nnot a pair\n', 'env/.env.x')).toThrow('env/.env.x:2: expected KEY=VALUE');
  });
});

describe('parseArgs', () => {
  it('takes --env as one or two arguments and insists on it', () => {
    expect(parseArgs(['--env', 'dev'])).toEqual({ env: 'dev' });
    expect(parseArgs(['--env=local'])).toEqual({ env: 'local' });
    expect(() => parseArgs([])).toThrow(PackageError);
  });
});
