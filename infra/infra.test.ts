import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { literalOf, propertyValues, readBicep, referencedIdentifiers, undeclaredReferences, type BicepFile } from './testing/bicep-text';
import { placeholdersIn } from './testing/toolkit-project';

/**
 * Offline checks of the Bicep in infra/ (there is no Bicep compiler here): the text
 * is read pragmatically (see testing/bicep-text.ts). What Azure alone can check
 * (names, API shapes) is left to `atk provision`.
 */

const root = join(__dirname, '..');
const main = readBicep(join(__dirname, 'main.bicep'));
const modules = new Map<string, BicepFile>(main.modules.map((m) => [m.symbol, readBicep(join(__dirname, m.path))]));
const all: BicepFile[] = [main, ...modules.values()];
const name = (f: BicepFile) => relative(root, f.path);
const mod = (symbol: string): BicepFile => {
  const file = modules.get(symbol);
  if (!file) throw new Error(`main.bicep has no module ${symbol}`);
  return file;
};
const resource = (type: string) => all.flatMap((f) => f.resources.map((r) => ({ ...r, file: f }))).filter((r) => r.type === type);
const parametersFile = JSON.parse(readFileSync(join(__dirname, 'main.parameters.json'), 'utf8')) as {
  parameters: Record<string, { value: unknown }>;
};

// Names of Azure's public regions (lowercase, no spaces), to find region names anywhere.
const AZURE_REGIONS = `australiacentral australiacentral2 australiaeast australiasoutheast austriaeast belgiumcentral brazilsouth
  brazilsoutheast canadacentral canadaeast centralindia centralus centraluseuap chilecentral denmarkeast eastasia eastus eastus2
  eastus2euap francecentral francesouth germanynorth germanywestcentral indonesiacentral israelcentral italynorth japaneast
  japanwest jioindiacentral jioindiawest koreacentral koreasouth malaysiawest mexicocentral newzealandnorth northcentralus
  northeurope norwayeast norwaywest polandcentral qatarcentral southafricanorth southafricawest southcentralus southindia
  southeastasia spaincentral swedencentral swedensouth switzerlandnorth switzerlandwest uaecentral uaenorth uksouth ukwest
  westcentralus westeurope westindia westus westus2 westus3`.split(/\s+/);
const isRegion = (s: string) => AZURE_REGIONS.includes(s.toLowerCase().replace(/[\s-]/g, ''));

describe('Bicep parameters', () => {
  it.each(all.map((f) => [name(f), f] as const))('%s: every declared param is used', (_, file) => {
    const used = referencedIdentifiers(file);
    expect(file.params.map((p) => p.name).filter((p) => !used.has(p))).toEqual([]);
  });

  it.each(all.map((f) => [name(f), f] as const))('%s: every identifier used as a value is declared', (_, file) => {
    expect(undeclaredReferences(file)).toEqual([]);
  });

  it('main.parameters.json sets only params that main.bicep declares, and every required one', () => {
    const declared = main.params.map((p) => p.name);
    const given = Object.keys(parametersFile.parameters);
    expect(given.filter((g) => !declared.includes(g))).toEqual([]);
    const required = main.params.filter((p) => p.defaultCode === undefined).map((p) => p.name);
    expect(required.filter((r) => !given.includes(r))).toEqual([]);
  });

  it('every ${{VAR}} in main.parameters.json is the value of a declared param', () => {
    for (const [param, { value }] of Object.entries(parametersFile.parameters)) {
      if (placeholdersIn(String(value)).length) expect(main.params.map((p) => p.name)).toContain(param);
    }
    expect(placeholdersIn(JSON.stringify(parametersFile)).sort()).toEqual(['AAD_APP_CLIENT_ID', 'APP_NAME_SUFFIX', 'RESOURCE_SUFFIX']);
  });

  it.each(main.modules.map((m) => [m.symbol, m] as const))('module %s gets only params it declares, and all it requires', (_, call) => {
    const target = mod(call.symbol);
    const declared = target.params.map((p) => p.name);
    expect([...call.params.keys()].filter((k) => !declared.includes(k))).toEqual([]);
    const required = target.params.filter((p) => p.defaultCode === undefined).map((p) => p.name);
    expect(required.filter((r) => !call.params.has(r))).toEqual([]);
  });
});

describe('location', () => {
  it("defaults to 'swedencentral'", () => {
    const location = main.params.find((p) => p.name === 'location');
    expect(location?.defaultValue).toBe('swedencentral');
  });

  it('every resource outside the bot module takes its location from the location param', () => {
    for (const file of all.filter((f) => f !== mod('bot'))) {
      // In main.bicep the one other value is the bot module's, checked below.
      expect(propertyValues(file, 'location').filter((v) => v !== 'location')).toEqual(file === main ? ['botLocation'] : []);
    }
    for (const call of main.modules) {
      if (call.params.has('location'))
        expect([call.symbol, call.params.get('location')]).toEqual([call.symbol, call.symbol === 'bot' ? 'botLocation' : 'location']);
    }
  });

  it('the Azure Bot registration, the one exception, is the regional EU bot (westeurope) or global', () => {
    const botLocation = main.params.find((p) => p.name === 'botLocation');
    expect(botLocation?.defaultValue).toBe('westeurope');
    expect(botLocation?.allowed?.sort()).toEqual(['global', 'westeurope']);
    const bot = mod('bot');
    expect(bot.resources.map((r) => r.type).sort()).toEqual([
      'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels',
    ]);
    for (const value of propertyValues(bot, 'location')) expect(value).toBe('location');
    expect(bot.params.find((p) => p.name === 'location')?.allowed?.sort()).toEqual(['global', 'westeurope']);
  });

  it('names no other Azure region in infra/, the toolkit files or env/.env.dev', () => {
    // Allowed: swedencentral as the location default, westeurope only in the bot-location params.
    const allowedAt = (file: BicepFile, region: string): number[] =>
      file.params
        .filter(
          (p) =>
            (region === 'swedencentral' && file === main && p.name === 'location') ||
            (region === 'westeurope' && ((file === main && p.name === 'botLocation') || (file === mod('bot') && p.name === 'location'))),
        )
        .flatMap((p) => p.literalIndexes);
    const misplaced: string[] = [];
    for (const file of all) {
      file.literals.forEach((literal, index) => {
        if (isRegion(literal.value) && !allowedAt(file, literal.value.toLowerCase()).includes(index))
          misplaced.push(`${name(file)}: '${literal.value}'`);
      });
    }
    for (const other of [
      'infra/main.parameters.json',
      'infra/aad.manifest.json',
      'm365agents.yml',
      'm365agents.local.yml',
      'env/.env.dev',
    ]) {
      const words = readFileSync(join(root, other), 'utf8').match(/[A-Za-z0-9]+/g) ?? [];
      for (const word of words) if (isRegion(word) && word.toLowerCase() !== 'swedencentral') misplaced.push(`${other}: ${word}`);
    }
    expect(misplaced).toEqual([]);
  });
});

describe('storage', () => {
  const storage = mod('storage');
  const value = (key: string) => propertyValues(storage, key);

  it('is StorageV2 with TLS 1.2, HTTPS only and no public blob access', () => {
    expect(resource('Microsoft.Storage/storageAccounts')).toHaveLength(1);
    expect(value('kind')).toEqual(['StorageV2']);
    expect(value('minimumTlsVersion')).toEqual(['TLS1_2']);
    expect(value('supportsHttpsTrafficOnly')).toEqual(['true']);
    expect(value('allowBlobPublicAccess')).toEqual(['false']);
  });

  it('accepts Entra ID only: shared keys are off (the app uses its managed identity)', () => {
    expect(value('allowSharedKeyAccess')).toEqual(['false']);
    expect(value('defaultToOAuthAuthentication')).toEqual(['true']);
  });

  it('gives the managed identity Storage Table Data Contributor on the account', () => {
    const roleIds = storage.literals.map((l) => l.value).filter((v) => /^[0-9a-f-]{36}$/.test(v));
    expect(roleIds).toEqual(['0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3']);
    expect(resource('Microsoft.Authorization/roleAssignments')).toHaveLength(1);
    expect(value('scope')).toEqual(['account']);
    expect(value('principalType')).toEqual(['ServicePrincipal']);
    expect(main.modules.find((m) => m.symbol === 'storage')?.params.get('dataPrincipalId')).toBe('identity.properties.principalId');
  });

  it('creates every table of the one tableNames list as tableServices/tables', () => {
    expect(resource('Microsoft.Storage/storageAccounts/tableServices/tables')).toHaveLength(1);
    expect(storage.code).toMatch(/\[\s*for\s+tableName\s+in\s+tableNames\s*:/);
    expect(main.vars.filter((v) => /table/i.test(v))).toEqual(['tableNames']);
    expect(mainTableNames()).toEqual(expect.arrayContaining(['programmes', 'answers']));
    expect(new Set(mainTableNames()).size).toBe(mainTableNames().length);
    for (const table of mainTableNames()) expect(table).toMatch(/^[A-Za-z][A-Za-z0-9]{2,62}$/);
  });

  const appTables = appTableNames();
  // TODO(lead): once bot/src/storage exports its table names as one constant (TABLE_NAMES
  // or similar), this test runs and must pass; until then it is skipped.
  (appTables ? it : it.skip)(
    appTables
      ? `the tables match ${appTables.file}`
      : 'the tables match bot/src/storage (skipped: bot/src/storage exports no table-name constant yet)',
    () => {
      expect([...mainTableNames()].sort()).toEqual([...(appTables?.names ?? [])].sort());
    },
  );
});

describe('web app', () => {
  const web = mod('webApp');
  const value = (key: string) => propertyValues(web, key);

  it('is a Linux plan and a Linux Web App on Node 20 LTS by default', () => {
    expect(value('reserved')).toEqual(['true']);
    expect(value('kind')).toEqual(['linux', 'app,linux']);
    expect(main.params.find((p) => p.name === 'linuxFxVersion')?.defaultValue).toMatch(/^NODE\|20/);
    expect(main.params.find((p) => p.name === 'appServiceSku')?.allowed?.sort()).toEqual(['B1', 'P0v3']);
  });

  it('is HTTPS only, TLS 1.2, no FTP, always on, health-checked at /healthz', () => {
    expect(value('httpsOnly')).toEqual(['true']);
    expect(value('minTlsVersion')).toEqual(['1.2']);
    expect(value('ftpsState')).toEqual(['Disabled']);
    expect(value('alwaysOn')).toEqual(['true']);
    expect(value('healthCheckPath')).toEqual(['/healthz']);
    expect(value('appCommandLine')).toEqual(['node dist/bot/src/main.js']);
  });

  it('serves /healthz in the server (bot/src/server.ts)', () => {
    expect(readFileSync(join(root, 'bot/src/server.ts'), 'utf8')).toContain("'/healthz'");
  });

  it('runs as the user-assigned managed identity', () => {
    expect(value('type')).toContain('UserAssigned');
    expect(web.code).toMatch(/userAssignedIdentities\s*:\s*\{\s*'#\d+'\s*:\s*\{\s*\}/);
  });

  it('has the app settings the server needs in production, and no secret among them', () => {
    const settings = appSettingNames(web);
    expect(settings).toEqual(
      expect.arrayContaining([
        'NODE_ENV',
        'BOT_ID',
        'BOT_APP_TYPE',
        'BOT_TENANT_ID',
        'STORAGE_ACCOUNT_URL',
        'AZURE_CLIENT_ID',
        'TAB_ENDPOINT',
        'TAB_DOMAIN',
        'AAD_APP_CLIENT_ID',
        'APPLICATIONINSIGHTS_CONNECTION_STRING',
        'WEBSITE_RUN_FROM_PACKAGE',
        'SCM_DO_BUILD_DURING_DEPLOYMENT',
      ]),
    );
    // The only secret setting is the log pseudonym key, and it comes from a @secure() parameter.
    expect(settings.filter((s) => /SECRET|PASSWORD|CONNECTION_STRING$/.test(s) && s !== 'APPLICATIONINSIGHTS_CONNECTION_STRING')).toEqual([
      'SECRET_LOG_PSEUDONYM_KEY',
    ]);
    expect(value('SECRET_LOG_PSEUDONYM_KEY')).toEqual(['logPseudonymKey']);
    expect(readFileSync(join(root, 'infra/modules/web-app.bicep'), 'utf8')).toMatch(/@secure\(\)\s*param logPseudonymKey string/);
    expect(value('NODE_ENV')).toEqual(['production']);
    // The bot is the Entra app (the one the manifest's webApplicationInfo names, so meeting RSC
    // grants reach it), signed in with the managed identity through a federated credential.
    expect(value('BOT_ID')).toEqual(['aadAppClientId']);
    expect(value('BOT_APP_TYPE')).toEqual(['SingleTenant']);
    expect(value('BOT_FEDERATED_IDENTITY_CLIENT_ID')).toEqual(['identityClientId']);
    expect(value('WEBSITE_RUN_FROM_PACKAGE')).toEqual(['1']);
    expect(value('SCM_DO_BUILD_DURING_DEPLOYMENT')).toEqual(['false']);
  });

  it('sets only app settings that bot/src/config.ts knows or that Azure reads', () => {
    const config = readFileSync(join(root, 'bot/src/config.ts'), 'utf8');
    const azure = [
      'AZURE_CLIENT_ID',
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'ApplicationInsightsAgent_EXTENSION_VERSION',
      'WEBSITE_RUN_FROM_PACKAGE',
      'SCM_DO_BUILD_DURING_DEPLOYMENT',
    ];
    const unknown = appSettingNames(web).filter((s) => !azure.includes(s) && !new RegExp(`\\b${s}:`).test(config));
    expect(unknown).toEqual([]);
  });
});

describe('Azure Bot', () => {
  const bot = mod('bot');
  const value = (key: string) => propertyValues(bot, key);

  it('is an azurebot whose identity is the single-tenant Entra app the tab signs in with (no password)', () => {
    expect(value('kind')).toEqual(['azurebot']);
    expect(value('msaAppType')).toEqual(['SingleTenant']);
    expect(value('msaAppId')).toEqual(['appId']);
    expect(value('msaAppMSIResourceId')).toEqual([]);
    expect(value('msaAppTenantId')).toEqual(['tenantId']);
    const call = main.modules.find((m) => m.symbol === 'bot');
    expect(call?.params.get('appId')).toBe('aadAppClientId');
    expect(call?.params.get('tenantId')).toBe('identity.properties.tenantId');
    expect(main.params.find((p) => p.name === 'botSku')?.allowed?.sort()).toEqual(['F0', 'S1']);
  });

  it('sends Teams messages to https://<web app>/api/messages', () => {
    const endpoint = main.modules.find((m) => m.symbol === 'bot')?.params.get('endpoint');
    expect(literalOf(main, endpoint)).toBe('https://${webApp.outputs.hostName}/api/messages');
  });

  it('has the Microsoft Teams channel enabled', () => {
    expect(value('channelName')).toEqual(['MsTeamsChannel']);
    expect(value('isEnabled')).toEqual(['true']);
  });
});

describe('monitoring', () => {
  it('has a Log Analytics workspace and a workspace-based Application Insights', () => {
    expect(resource('Microsoft.OperationalInsights/workspaces')).toHaveLength(1);
    expect(resource('Microsoft.Insights/components')).toHaveLength(1);
    expect(propertyValues(mod('monitoring'), 'WorkspaceResourceId')).toEqual(['workspace.id']);
  });
});

describe('outputs', () => {
  it('gives the toolkit the values it writes to env/.env.<name>', () => {
    expect(main.outputs).toEqual(
      expect.arrayContaining([
        'BOT_ID',
        'BOT_DOMAIN',
        'TAB_DOMAIN',
        'TAB_ENDPOINT',
        'STORAGE_ACCOUNT_URL',
        'AZURE_CLIENT_ID',
        'WEB_APP_NAME',
        'RESOURCE_GROUP',
        'AZURE_APP_SERVICE_RESOURCE_ID',
      ]),
    );
    for (const output of main.outputs) expect(output).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('outputs no secret (the telemetry connection string goes to the app, not the env file)', () => {
    expect(main.outputs.filter((o) => /SECRET|PASSWORD|KEY|CONNECTION/.test(o))).toEqual([]);
  });
});

describe('no secrets in committed infra, toolkit and env files', () => {
  const files = [
    ...listFiles(__dirname).filter((f) => !f.includes(`${join('infra', 'testing')}`) && !f.endsWith('.test.ts')),
    join(root, 'm365agents.yml'),
    join(root, 'm365agents.local.yml'),
    ...readdirSync(join(root, 'env'))
      .filter((f) => f.startsWith('.env.') && !f.endsWith('.user'))
      .map((f) => join(root, 'env', f)),
    join(root, 'docs', 'azure.md'),
  ].filter((f) => existsSync(f));

  it('the secret patterns catch what they should (self-check)', () => {
    expect(secretFindings('DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abc123==')).not.toEqual([]);
    expect(secretFindings('SECRET_BOT_PASSWORD=abcDEF123456')).not.toEqual([]);
    expect(secretFindings('password: hunter22')).not.toEqual([]);
    expect(secretFindings('x = "Abc8Q~abcdefghijklmnopqrstuvwxyz0123456"')).not.toEqual([]);
    expect(secretFindings('InstrumentationKey=00000000-1111-2222-3333-444444444444')).not.toEqual([]);
    expect(secretFindings('generateClientSecret: false\nclientSecret: ${{SECRET_X}}\nSECRET_BOT_PASSWORD=')).toEqual([]);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s has none', (_, file) => {
    expect(secretFindings(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------

function mainTableNames(): string[] {
  const m = /^var\s+tableNames\s*=\s*\[([\s\S]*?)^\]/m.exec(main.code);
  if (!m) throw new Error('main.bicep has no var tableNames = [ ... ]');
  return [...m[1].matchAll(/'#(\d+)'/g)].map((x) => main.literals[Number(x[1])].value);
}

/**
 * The app's table names, from one exported constant in bot/src/storage (for example
 * `export const TABLE_NAMES = ['programmes', ...] as const` or an object of names).
 */
function appTableNames(): { file: string; names: string[] } | undefined {
  const dir = join(root, 'bot', 'src', 'storage');
  if (!existsSync(dir)) return undefined;
  for (const file of listFiles(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const text = readFileSync(file, 'utf8');
    const m =
      /export\s+const\s+(?:TABLE_NAMES|TABLES|TABLE_NAME|tableNames)\b[^=]*=\s*([[{][\s\S]*?[\]}])\s*(?:as\s+const\s*)?(?:satisfies\s+[^;]+)?;/.exec(
        text,
      );
    if (m) return { file: relative(root, file), names: [...m[1].matchAll(/['"`]([A-Za-z][A-Za-z0-9]*)['"`]/g)].map((x) => x[1]) };
  }
  return undefined;
}

function appSettingNames(web: BicepFile): string[] {
  expect(web.code).toMatch(/^resource\s+appSettings\s+'#\d+'\s*=\s*\{[^}]*properties:\s*union\(appSettingValues,\s*tablePrefixSetting\)/m);
  const values = /^var\s+appSettingValues\s*=\s*\{([\s\S]*?)^\}/m.exec(web.code);
  const prefix = /^var\s+tablePrefixSetting\s*=.*\{\s*(\w+)\s*:/m.exec(web.code);
  if (!values || !prefix) throw new Error('web-app.bicep: no var appSettingValues / tablePrefixSetting');
  return [...[...values[1].matchAll(/^\s*(\w+)\s*:/gm)].map((m) => m[1]), prefix[1]];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Values that look like credentials. Placeholders (${{...}}), empty values and booleans are fine. */
function secretFindings(text: string): string[] {
  const findings: string[] = [];
  // A value taken from a @secure() Bicep parameter is not a committed secret.
  const secureParams = new Set([...text.matchAll(/@secure\(\)\s*param\s+(\w+)/g)].map((m) => m[1]));
  const patterns: [string, RegExp][] = [
    ['storage account key', /AccountKey\s*=\s*[^;\s'"]+/gi],
    ['SAS signature', /[?&]sig=[A-Za-z0-9%+/=]{10,}/g],
    ['Entra client secret', /\b[A-Za-z0-9_.~-]{3}\dQ~[A-Za-z0-9_.~-]{31,34}\b/g],
    ['instrumentation key', /InstrumentationKey=[0-9a-f-]{36}/gi],
    ['private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/g],
  ];
  for (const [what, re] of patterns) for (const m of text.matchAll(re)) findings.push(`${what}: ${m[0].slice(0, 12)}…`);
  for (const m of text.matchAll(/\b([A-Za-z_]*(?:password|passwd|pwd|secret)[A-Za-z_]*)["']?\s*[=:]\s*["']?([^\s"',}]*)/gi)) {
    const v = m[2];
    // Short words are prose ("no client secret: the ..."); real credentials are longer.
    if (v.length < 6 || v.startsWith('${{') || /^(true|false|null|none)$/i.test(v) || /^SECRET_[A-Z0-9_]+$/.test(v)) continue;
    if (secureParams.has(v)) continue;
    findings.push(`${m[1]}: ${v.slice(0, 4)}…`);
  }
  return findings;
}
