// Stages what App Service runs into one clean folder, for azureAppService/zipDeploy
// (the deploy stage of m365agents.yml):
//
//   package.json, package-lock.json   then `npm ci --omit=dev --omit=optional` runs there
//   dist/                             the compiled server: node dist/bot/src/main.js
//   tab/dist/                         the built tab, served by the same process
//
// Nothing else: no sources, no env files, no dev dependencies. The zip holds its own
// node_modules, so App Service runs it as it is (WEBSITE_RUN_FROM_PACKAGE=1, no build).
//
// Usage: node infra/stage-app.mjs [--out artifacts/app-service/app] [--root <repo>]
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REQUIRED = ['package.json', 'package-lock.json', 'dist/bot/src/main.js', 'tab/dist/index.html'];
const COPIED = ['package.json', 'package-lock.json', 'dist', 'tab/dist'];

function option(args, name, fallback) {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value`);
  return value;
}

function fail(message) {
  process.stderr.write(`stage-app: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const root = resolve(option(args, '--root', join(dirname(fileURLToPath(import.meta.url)), '..')));
const outArg = option(args, '--out', join('artifacts', 'app-service', 'app'));
const out = isAbsolute(outArg) ? outArg : resolve(root, outArg);

// The folder is emptied first: it must be a folder of its own inside the repository.
const inside = relative(root, out);
if (!inside || inside.startsWith('..') || isAbsolute(inside)) fail(`--out must be a folder inside ${root}, not ${out}`);
for (const source of COPIED) {
  const fromOut = relative(join(root, source), out);
  if (!fromOut.startsWith('..') && !isAbsolute(fromOut)) fail(`--out must not be inside ${source}`);
}

const missing = REQUIRED.filter((file) => !existsSync(join(root, file)));
if (missing.length) fail(`missing ${missing.join(', ')}: run \`npm ci && npm run build\` first`);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const source of COPIED) {
  cpSync(join(root, source), join(out, source), { recursive: true });
}
process.stdout.write(`stage-app: staged ${COPIED.join(', ')} in ${relative(root, out) || '.'}\n`);
