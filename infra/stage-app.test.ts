import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** infra/stage-app.mjs, run on a small fake repository. */

const script = join(__dirname, 'stage-app.mjs');
let repo: string;

function write(file: string, text = 'x'): void {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
}

function stage(...args: string[]) {
  return spawnSync(process.execPath, [script, '--root', repo, ...args], { encoding: 'utf8' });
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'stage-app-'));
  for (const file of [
    'package.json',
    'package-lock.json',
    'dist/bot/src/main.js',
    'dist/bot/src/app.js',
    'tab/dist/index.html',
    'tab/dist/assets/app.js',
  ])
    write(file);
  for (const file of [
    'bot/src/main.ts',
    'env/.env.dev',
    'env/.env.dev.user',
    'node_modules/jest/index.js',
    'tab/src/app.tsx',
    'infra/main.bicep',
  ])
    write(file);
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('stage-app.mjs', () => {
  it('copies package.json, the lock file, dist/ and tab/dist/ and nothing else', () => {
    const result = stage('--out', 'artifacts/app-service/app');
    expect(result.status).toBe(0);
    const out = join(repo, 'artifacts/app-service/app');
    for (const file of [
      'package.json',
      'package-lock.json',
      'dist/bot/src/main.js',
      'dist/bot/src/app.js',
      'tab/dist/index.html',
      'tab/dist/assets/app.js',
    ]) {
      expect([file, existsSync(join(out, file))]).toEqual([file, true]);
    }
    for (const file of ['bot', 'env', 'node_modules', 'tab/src', 'infra'])
      expect([file, existsSync(join(out, file))]).toEqual([file, false]);
  });

  it('empties the folder first, so nothing from an earlier run is left', () => {
    write('artifacts/app-service/app/stale.txt');
    expect(stage('--out', 'artifacts/app-service/app').status).toBe(0);
    expect(existsSync(join(repo, 'artifacts/app-service/app/stale.txt'))).toBe(false);
    expect(readFileSync(join(repo, 'artifacts/app-service/app/package.json'), 'utf8')).toBe('x');
  });

  it('refuses to run before the build, naming what is missing', () => {
    rmSync(join(repo, 'tab/dist'), { recursive: true });
    const result = stage('--out', 'artifacts/app-service/app');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tab/dist/index.html');
    expect(result.stderr).toContain('npm run build');
  });

  it.each([['.'], ['..'], ['dist'], ['dist/staged']])('refuses --out %s (it would empty the repository or a build folder)', (out) => {
    const result = stage('--out', out);
    expect(result.status).toBe(1);
    expect(existsSync(join(repo, 'dist/bot/src/main.js'))).toBe(true);
    expect(existsSync(join(repo, 'package.json'))).toBe(true);
  });
});
