import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** infra/federated-credential.mjs against a stand-in `az` on PATH that keeps the app's credentials in a file. */

const script = join(__dirname, 'federated-credential.mjs');
const APP = '11111111-1111-1111-1111-111111111111';
const PRINCIPAL = '22222222-2222-2222-2222-222222222222';
const TENANT = '33333333-3333-3333-3333-333333333333';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fic-'));
  writeFileSync(join(dir, 'credentials.json'), '[]');
  const az = `#!${process.execPath}
const fs = require('fs');
const args = process.argv.slice(2);
const store = ${JSON.stringify(join(dir, 'credentials.json'))};
fs.appendFileSync(${JSON.stringify(join(dir, 'calls.log'))}, args.slice(0, 4).join(' ') + '\\n');
const list = JSON.parse(fs.readFileSync(store, 'utf8'));
if (args[3] === 'list') { process.stdout.write(JSON.stringify(list)); process.exit(0); }
const wanted = JSON.parse(args[args.indexOf('--parameters') + 1]);
fs.writeFileSync(store, JSON.stringify([...list.filter((c) => c.name !== wanted.name), wanted]));
process.stdout.write(JSON.stringify(wanted));
`;
  writeFileSync(join(dir, 'az'), az);
  chmodSync(join(dir, 'az'), 0o755);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } });
}

describe('federated credential for the bot’s managed identity', () => {
  it('creates the credential once, with the identity as subject and the token-exchange audience; a second run changes nothing', () => {
    const first = run(APP, PRINCIPAL, TENANT);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('created');
    const stored = JSON.parse(readFileSync(join(dir, 'credentials.json'), 'utf8')) as Record<string, unknown>[];
    expect(stored).toEqual([
      expect.objectContaining({
        name: 'bot-managed-identity',
        issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
        subject: PRINCIPAL,
        audiences: ['api://AzureADTokenExchange'],
      }),
    ]);
    const second = run(APP, PRINCIPAL, TENANT);
    expect(second.stdout).toContain('unchanged');
    expect(readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n')).toEqual([
      'ad app federated-credential list',
      'ad app federated-credential create',
      'ad app federated-credential list',
    ]);
  });

  it('updates a credential that trusts another identity (a re-created one)', () => {
    run(APP, '44444444-4444-4444-4444-444444444444', TENANT);
    const res = run(APP, PRINCIPAL, TENANT);
    expect(res.stdout).toContain('updated');
    expect((JSON.parse(readFileSync(join(dir, 'credentials.json'), 'utf8')) as { subject: string }[])[0].subject).toBe(PRINCIPAL);
  });

  it('refuses arguments that are not ids, and calls nothing', () => {
    const res = run(APP, 'not-an-id', TENANT);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('usage');
    expect(() => readFileSync(join(dir, 'calls.log'))).toThrow();
  });
});
