/**
 * Builds the Teams app package for one environment:
 *
 *   npm run package -- --env local|dev
 *
 * Reads env/.env.<env>, then env/.env.<env>.user (git-ignored), then the process
 * environment (each overrides the one before); replaces every ${{VAR}} in
 * manifest/manifest.json and its language files; validates them offline against
 * the Teams JSON schemas shipped in @microsoft/app-manifest; and writes
 * appPackage/build/appPackage.<env>.zip with everything at the zip root.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';

export type PackageErrorCode =
  'ARGS_INVALID' | 'ENV_FILE_MISSING' | 'ENV_FILE_INVALID' | 'VARIABLES_MISSING' | 'FILE_MISSING' | 'SCHEMA_MISSING' | 'MANIFEST_INVALID';

export class PackageError extends Error {
  constructor(
    readonly code: PackageErrorCode,
    message: string,
    /** Names of missing variables, or one line per problem. */
    readonly details: string[] = [],
  ) {
    super(details.length > 0 ? `${message}\n  - ${details.join('\n  - ')}` : message);
    this.name = 'PackageError';
  }
}

/** Variables that may be set to an empty value; any other empty value counts as missing. */
export const MAY_BE_EMPTY: ReadonlySet<string> = new Set(['APP_NAME_SUFFIX']);

/** Size of the icons Teams asks for, by manifest.icons key. */
const ICON_SIZES: Record<string, number> = { color: 192, outline: 32, color32x32: 32 };

/** The parts of the manifest this script reads; the schema checks the rest. */
interface Manifest {
  manifestVersion: string;
  icons: Record<string, string>;
  localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { languageTag: string; file: string }[] };
  bots?: { botId: string }[];
  staticTabs?: { contentUrl?: string; websiteUrl?: string }[];
  configurableTabs?: { configurationUrl: string }[];
  validDomains?: string[];
  webApplicationInfo?: { id: string; resource?: string };
}

export interface BuildOptions {
  /** Environment name: reads env/.env.<env> and writes appPackage.<env>.zip. */
  env: string;
  envDir?: string;
  manifestDir?: string;
  outDir?: string;
  /** Overrides on top of the env files; the CLI passes process.env. */
  environment?: Record<string, string | undefined>;
}

export interface BuiltPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
  languageFiles: Record<string, Record<string, unknown>>;
  /** File names at the zip root. */
  files: string[];
  /** Things that build but probably do not work as meant. */
  warnings: string[];
}

// ---- env files -----------------------------------------------------------------------------

const ENV_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

/** KEY=VALUE lines; blank lines and # comments skipped; "quoted" values keep their spaces. */
export function parseEnvFile(text: string, fileName = '.env'): Record<string, string> {
  const values: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    const match = ENV_LINE.exec(line);
    if (!match) throw new PackageError('ENV_FILE_INVALID', `${fileName}:${i + 1}: expected KEY=VALUE`);
    const quoted = /^(['"])(.*)\1(?:\s+#.*)?$/.exec(match[2]);
    values[match[1]] = quoted ? quoted[2] : match[2].replace(/\s+#.*$/, '');
  });
  return values;
}

export function loadEnvironment(env: string, envDir: string, environment: Record<string, string | undefined> = {}): Record<string, string> {
  const file = path.join(envDir, `.env.${env}`);
  if (!existsSync(file)) throw new PackageError('ENV_FILE_MISSING', `No env file for "${env}": ${file}`);
  const values = parseEnvFile(readFileSync(file, 'utf8'), file);
  const userFile = `${file}.user`;
  if (existsSync(userFile)) Object.assign(values, parseEnvFile(readFileSync(userFile, 'utf8'), userFile));
  for (const [key, value] of Object.entries(environment)) if (value !== undefined) values[key] = value;
  return values;
}

// ---- placeholders --------------------------------------------------------------------------

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Every ${{VAR}} name in a JSON value's strings. */
export function placeholdersIn(value: unknown): string[] {
  return [...new Set([...JSON.stringify(value).matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** Replaces ${{VAR}} inside string values (never in raw JSON text, so values cannot break the JSON). */
function substitute<T>(value: T, vars: Record<string, string>): T {
  if (typeof value === 'string') return value.replace(PLACEHOLDER, (_, name: string) => vars[name]) as T;
  if (Array.isArray(value)) return value.map((v) => substitute(v, vars)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, vars)])) as T;
  }
  return value;
}

function isMissing(name: string, vars: Record<string, string>): boolean {
  return vars[name] === undefined || (vars[name] === '' && !MAY_BE_EMPTY.has(name));
}

// ---- schemas -------------------------------------------------------------------------------

/** The local copy of a Teams schema in the installed @microsoft/app-manifest; nothing is fetched. */
export function teamsSchemaPath(manifestVersion: string, kind: 'manifest' | 'localization'): string {
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json';
  return path.join(root, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, file);
}

const validators = new Map<string, ValidateFunction>();

function schemaErrors(schemaFile: string, data: unknown, label: string): string[] {
  let validate = validators.get(schemaFile);
  if (!validate) {
    if (!existsSync(schemaFile)) throw new PackageError('SCHEMA_MISSING', `The installed @microsoft/app-manifest has no ${schemaFile}`);
    // The Teams schemas are draft-04, with loose types and a few patterns that are not valid unicode regexps.
    const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    validators.set(schemaFile, validate);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra = e.keyword === 'additionalProperties' || e.keyword === 'enum' ? ` ${JSON.stringify(e.params)}` : '';
    return `${label}${e.instancePath || '/'} ${e.message ?? ''}${extra}`;
  });
}

// ---- checks the schema cannot make ---------------------------------------------------------

const hostAllowed = (host: string, domains: string[]): boolean =>
  domains.some((d) => d === host || (d.startsWith('*.') && host.endsWith(d.slice(1))));

function consistencyProblems(m: Manifest): string[] {
  const domains = m.validDomains ?? [];
  const problems: string[] = [];
  const tabUrls = [
    ...(m.staticTabs ?? []).flatMap((t) => [t.contentUrl, t.websiteUrl]),
    ...(m.configurableTabs ?? []).map((t) => t.configurationUrl),
  ];
  for (const url of tabUrls.filter((u): u is string => u !== undefined)) {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    if (parsed?.protocol !== 'https:') problems.push(`${url}: Teams loads tab pages over https only`);
    else if (!hostAllowed(parsed.host, domains)) problems.push(`${url}: host ${parsed.host} is not in validDomains`);
  }
  const resource = m.webApplicationInfo?.resource;
  const resourceHost = resource ? /^api:\/\/([^/]+)\//.exec(resource)?.[1] : undefined;
  if (resource && (!resourceHost || !hostAllowed(resourceHost, domains))) {
    problems.push(`webApplicationInfo.resource ${resource} must be api://<a valid domain>/<client id>`);
  }
  return problems;
}

/** Reads a dotted manifest path such as `bots[0].commandLists[1].commands[2].title`. */
function valueAt(root: unknown, key: string): unknown {
  let value = root;
  for (const [, name, index] of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[name ?? index];
  }
  return value;
}

export function readPngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || png.readUInt32BE(0) !== 0x89504e47 || png.toString('ascii', 12, 16) !== 'IHDR') {
    throw new PackageError('MANIFEST_INVALID', 'not a PNG file');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

// ---- the build -----------------------------------------------------------------------------

interface Package {
  manifest: Manifest;
  /** Language files by file name. */
  languageFiles: Record<string, Record<string, unknown>>;
}

function readJson(file: string): Record<string, unknown> {
  if (!existsSync(file)) throw new PackageError('FILE_MISSING', `Missing file: ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** The templates, and the names of every file the zip holds (all beside manifest.json). */
function readTemplates(manifestDir: string): Package & { files: string[] } {
  const manifest = readJson(path.join(manifestDir, 'manifest.json')) as unknown as Manifest;
  const info = manifest.localizationInfo;
  const languageNames = [info?.defaultLanguageFile, ...(info?.additionalLanguages ?? []).map((l) => l.file)].filter(
    (f): f is string => !!f,
  );
  const files = ['manifest.json', ...Object.values(manifest.icons), ...languageNames];
  const outside = files.filter((f) => !/^\w[\w.-]*$/.test(f));
  if (outside.length > 0) throw new PackageError('MANIFEST_INVALID', 'Files must sit beside manifest.json (the zip root)', outside);
  const languageFiles = Object.fromEntries(languageNames.map((f) => [f, readJson(path.join(manifestDir, f))]));
  return { manifest, languageFiles, files };
}

function fillPlaceholders(templates: Package, vars: Record<string, string>, env: string): Package {
  const missing = placeholdersIn(templates).filter((name) => isMissing(name, vars));
  if (missing.length > 0) {
    const where = `env/.env.${env}, env/.env.${env}.user or the environment`;
    throw new PackageError('VARIABLES_MISSING', `Missing values for "${env}": set them in ${where}:`, missing.sort());
  }
  return { manifest: substitute(templates.manifest, vars), languageFiles: substitute(templates.languageFiles, vars) };
}

function languageProblems(manifest: Manifest, file: string, strings: Record<string, unknown>): string[] {
  const version = manifest.manifestVersion;
  const problems = schemaErrors(teamsSchemaPath(version, 'localization'), strings, file);
  if (typeof strings.$schema === 'string' && !strings.$schema.includes(`/v${version}/`)) {
    problems.push(`${file}: $schema must be the v${version} localization schema, as manifest.json`);
  }
  for (const key of Object.keys(strings).filter((k) => k !== '$schema' && k !== 'localizationKeys')) {
    if (typeof valueAt(manifest, key) !== 'string') problems.push(`${file}: "${key}" translates nothing in manifest.json`);
  }
  return problems;
}

function iconProblems(manifest: Manifest, manifestDir: string): string[] {
  return Object.entries(manifest.icons).flatMap(([kind, file]) => {
    const icon = path.join(manifestDir, file);
    if (!existsSync(icon)) return [`${file}: missing`];
    const { width, height } = readPngSize(readFileSync(icon));
    const size = ICON_SIZES[kind];
    return size !== undefined && (width !== size || height !== size) ? [`${file}: ${width}x${height}, Teams wants ${size}x${size}`] : [];
  });
}

function packageProblems({ manifest, languageFiles }: Package, manifestDir: string): string[] {
  return [
    ...schemaErrors(teamsSchemaPath(manifest.manifestVersion, 'manifest'), manifest, 'manifest.json'),
    ...Object.entries(languageFiles).flatMap(([file, strings]) => languageProblems(manifest, file, strings)),
    ...consistencyProblems(manifest),
    ...iconProblems(manifest, manifestDir),
  ];
}

function packageWarnings({ bots, webApplicationInfo }: Manifest): string[] {
  const botId = bots?.[0]?.botId;
  if (!botId || !webApplicationInfo || botId === webApplicationInfo.id) return [];
  return [
    'BOT_ID differs from webApplicationInfo.id (AAD_APP_CLIENT_ID): meeting RSC grants go to the latter, so the bot gets no meeting events',
  ];
}

async function writeZip(zipPath: string, { manifest, languageFiles }: Package, manifestDir: string): Promise<void> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2024, 0, 1)); // fixed, so the same input gives the same zip
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  for (const [file, strings] of Object.entries(languageFiles)) zip.file(file, `${JSON.stringify(strings, null, 2)}\n`, { date });
  for (const file of Object.values(manifest.icons)) zip.file(file, readFileSync(path.join(manifestDir, file)), { date });
  mkdirSync(path.dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
}

/** Nearest folder above `from` with a package.json: the repository root, from scripts/ or dist/scripts/. */
function repoRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) if (existsSync(path.join(dir, 'package.json'))) return dir;
  return process.cwd();
}

export async function buildAppPackage(options: BuildOptions): Promise<BuiltPackage> {
  const { env } = options;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(env)) {
    throw new PackageError('ARGS_INVALID', `Invalid env name "${env}": use lower-case letters, digits and dashes`);
  }
  const root = repoRoot(__dirname);
  const manifestDir = options.manifestDir ?? path.join(root, 'manifest');
  const { files, ...templates } = readTemplates(manifestDir);
  const vars = loadEnvironment(env, options.envDir ?? path.join(root, 'env'), options.environment);
  const resolved = fillPlaceholders(templates, vars, env);
  const problems = packageProblems(resolved, manifestDir);
  if (problems.length > 0) throw new PackageError('MANIFEST_INVALID', `The ${env} app package is not valid:`, problems);

  const zipPath = path.join(options.outDir ?? path.join(root, 'appPackage', 'build'), `appPackage.${env}.zip`);
  await writeZip(zipPath, resolved, manifestDir);
  const manifest = resolved.manifest as unknown as Record<string, unknown>;
  return { zipPath, manifest, languageFiles: resolved.languageFiles, files, warnings: packageWarnings(resolved.manifest) };
}

// ---- command line --------------------------------------------------------------------------

export function parseArgs(argv: string[]): { env: string } {
  const at = argv.findIndex((a) => a === '--env' || a.startsWith('--env='));
  const env = at < 0 ? undefined : argv[at].startsWith('--env=') ? argv[at].slice('--env='.length) : argv[at + 1];
  if (!env) throw new PackageError('ARGS_INVALID', 'Usage: npm run package -- --env <local|dev|...>');
  return { env };
}

async function main(): Promise<void> {
  try {
    const built = await buildAppPackage({ ...parseArgs(process.argv.slice(2)), environment: process.env });
    for (const warning of built.warnings) console.warn(`warning: ${warning}`);
    console.log(`Wrote ${path.relative(process.cwd(), built.zipPath)} (${built.files.join(', ')})`);
  } catch (err) {
    if (!(err instanceof PackageError)) throw err;
    console.error(err.message);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
