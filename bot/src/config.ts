import { z } from 'zod';
import { AppError } from './errors';
import { readEnvFiles } from './config/env-file';
import { suggestKey } from './config/suggest';
import { DEFAULT_RETENTION_DAYS, ERASURE_POLICIES, MAX_RETENTION_DAYS, type ErasurePolicy } from './gdpr/policy';

/**
 * The one validated config object, read once at start-up from
 * `env/.env.<APP_ENV>` (+ `.user`) and the process environment.
 */

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const csv = optionalString.transform((v) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [],
);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  APP_ENV: z.string().default('local'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: optionalString,
  STORAGE_CONNECTION_STRING: optionalString,
  STORAGE_ACCOUNT_URL: optionalString,
  TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/, 'letters and digits, starting with a letter')
    .optional(),
  BOT_ID: optionalString,
  SECRET_BOT_PASSWORD: optionalString,
  BOT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  BOT_TENANT_ID: optionalString,
  // The bot's Entra app proves itself with a token of this user-assigned managed identity (a federated
  // credential on the app trusts it): no secret. Azure sets it; see infra/federated-credential.mjs.
  BOT_FEDERATED_IDENTITY_CLIENT_ID: optionalString,
  // Written by provisioning for that credential's subject (toolkit value; not used by the server).
  BOT_IDENTITY_PRINCIPAL_ID: optionalString,
  ALLOWED_TENANT_IDS: csv,
  // Tests only (refused in production): where inbound bot tokens' signing keys are published, and
  // an OAuth2 token endpoint for the bot's outbound tokens instead of Entra ID.
  BOT_OPENID_METADATA_URL: optionalString,
  BOT_TOKEN_ENDPOINT: optionalString,
  // HMAC key for pseudonymous ids in logs (and, kept apart by a prefix, for erased people); without it a random key per process.
  SECRET_LOG_PSEUDONYM_KEY: optionalString,
  // The leased scheduler (bot/src/scheduler): off by default in tests, on otherwise.
  SCHEDULER_ENABLED: z.enum(['true', 'false']).optional(),
  SCHEDULER_TICK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  SEND_RATE_PER_TENANT: z.coerce.number().min(0.1).max(50).default(25),
  SEND_RATE_PER_CONVERSATION: z.coerce.number().min(0.1).max(7).default(7),
  SESSION_REMINDER_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm')
    .default('09:00'),
  GRAPH_INSTALL_ENABLED: z.enum(['true', 'false']).default('false'),
  // Live sessions: the results card in a meeting chat changes at most once per this many seconds.
  LIVE_RESULTS_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(60).default(3),
  // Days a programme's personal data is kept after its end when the programme does not say (programme.retentionDays).
  RETENTION_DEFAULT_DAYS: z.coerce.number().int().min(1).max(MAX_RETENTION_DAYS).default(DEFAULT_RETENTION_DAYS),
  // What erasing a person does to their answers: delete them, or keep them under a pseudonym (archiving rules).
  ERASURE_POLICY: z.enum(ERASURE_POLICIES).default('delete'),
  PLAYGROUND_PORT: z.coerce.number().int().min(1).max(65535).default(56150),
  AZURITE_TABLE_PORT: z.coerce.number().int().min(1).max(65535).default(10002),
  DEMO_PROGRAMME_FILE: z.string().default('programmes/innovation-training.yaml'),
  // Manifest / toolkit values that share the env files (TEAMS_APP_ID is also the in-meeting bubble's app id).
  TEAMS_APP_ID: optionalString,
  BOT_DOMAIN: optionalString,
  TAB_DOMAIN: optionalString,
  TAB_ENDPOINT: optionalString,
  AAD_APP_CLIENT_ID: optionalString,
  APP_NAME_SUFFIX: optionalString,
  TEAMSFX_ENV: optionalString,
  // Written by the Agents Toolkit into env/.env.<name>; the managed identity's client id is read by DefaultAzureCredential.
  AZURE_CLIENT_ID: optionalString,
  AZURE_SUBSCRIPTION_ID: optionalString,
  AZURE_RESOURCE_GROUP_NAME: optionalString,
  RESOURCE_SUFFIX: optionalString,
  RESOURCE_GROUP: optionalString,
  AAD_APP_OBJECT_ID: optionalString,
  AAD_APP_ACCESS_AS_USER_PERMISSION_ID: optionalString,
  WEB_APP_NAME: optionalString,
  AZURE_APP_SERVICE_RESOURCE_ID: optionalString,
  TEAMS_APP_PUBLISHED_APP_ID: optionalString,
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalString,
});

type Raw = z.infer<typeof schema>;
export const CONFIG_KEYS = Object.keys(schema.shape) as (keyof Raw)[];

/** Prefixes that mark an environment variable as ours, so a typo in one is caught. */
const OWN_PREFIXES = [
  'BOT_',
  'STORAGE_',
  'TAB_',
  'SECRET_',
  'TABLE_',
  'PLAYGROUND_',
  'AZURITE_',
  'DEMO_',
  'APP_',
  'LOG_',
  'RETENTION_',
  'ERASURE_',
  'SCHEDULER_',
  'SEND_',
  'SESSION_',
  'GRAPH_',
  'LIVE_',
];

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  appEnv: string;
  port: number;
  host: string;
  logLevel: Raw['LOG_LEVEL'];
  logPretty: boolean;
  /** Key of the HMAC that pseudonymises ids in logs (see log-privacy.ts). */
  logPseudonymKey?: string;
  /** `managedIdentityClientId` (AZURE_CLIENT_ID) picks the user-assigned identity when storage is reached by account URL. */
  storage: { connectionString?: string; accountUrl?: string; tablePrefix?: string; managedIdentityClientId?: string };
  bot: {
    appId?: string;
    appPassword?: string;
    appType?: Raw['BOT_APP_TYPE'];
    /** Client id of the managed identity a federated credential on the bot's Entra app trusts (no secret). */
    federatedClientId?: string;
    tenantId?: string;
    /** Tests only: OpenID metadata of the inbound token issuer (default: the Bot Framework's). */
    openIdMetadataUrl?: string;
    /** Tests only: token endpoint for outbound calls (default: Entra ID through MSAL). */
    tokenEndpoint?: string;
  };
  allowedTenantIds: string[];
  /** Local embedded mode: no Azure settings at all, so npm start brings up Azurite and the Playground. */
  local: boolean;
  local_: { playgroundPort: number; azuritePort: number; demoProgrammeFile: string };
  tab: { endpoint?: string; domain?: string; aadClientId?: string };
  /** Retention and erasure (bot/src/gdpr). */
  personalData: { retentionDefaultDays: number; erasurePolicy: ErasurePolicy };
  scheduler: {
    enabled: boolean;
    tickMs: number;
    sendRatePerTenant: number;
    sendRatePerConversation: number;
    sessionReminderTime: string;
    graphInstall: boolean;
    /** The app's id in the tenant's catalogue (TEAMS_APP_PUBLISHED_APP_ID), for Graph installs. */
    teamsAppCatalogId?: string;
  };
  /** Live sessions in meetings (bot/src/live). `teamsAppId`: the manifest id, for the in-meeting bubble's deep link. */
  live: { resultsIntervalMs: number; teamsAppId?: string };
}

export interface LoadConfigOptions {
  envDir?: string;
  environment?: NodeJS.ProcessEnv;
}

export function loadConfig(options: LoadConfigOptions = {}): AppConfig {
  const environment = options.environment ?? process.env;
  const appEnv = environment.APP_ENV?.trim() || 'local';
  const { values: fileValues, files } = readEnvFiles(options.envDir ?? 'env', appEnv);
  const problems: string[] = [];

  for (const key of Object.keys(fileValues)) {
    if (!(CONFIG_KEYS as string[]).includes(key)) problems.push(unknownKey(key, files.join(', ')));
  }
  const fromEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries(environment)) {
    if (value === undefined) continue;
    if ((CONFIG_KEYS as string[]).includes(key)) fromEnv[key] = value;
    else if (OWN_PREFIXES.some((p) => key.startsWith(p))) problems.push(unknownKey(key, 'the environment'));
  }
  const parsed = schema.safeParse({ ...fileValues, ...fromEnv });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  if (problems.length || !parsed.success) throw configError(problems);
  const raw = parsed.data;

  const config: AppConfig = {
    env: raw.NODE_ENV,
    appEnv,
    port: raw.PORT,
    host: raw.HOST ?? (raw.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    logLevel: raw.LOG_LEVEL,
    logPretty: raw.LOG_PRETTY === 'true' || (raw.LOG_PRETTY === undefined && raw.NODE_ENV === 'development'),
    logPseudonymKey: raw.SECRET_LOG_PSEUDONYM_KEY,
    storage: {
      connectionString: raw.STORAGE_CONNECTION_STRING,
      accountUrl: raw.STORAGE_ACCOUNT_URL,
      tablePrefix: raw.TABLE_PREFIX,
      managedIdentityClientId: raw.AZURE_CLIENT_ID,
    },
    // BOT_ID alone (the manifest's placeholder in env/.env.local) does not switch on authentication:
    // the bot authenticates only with a secret, a managed identity or a federated credential beside it.
    bot: botAuthenticated(raw)
      ? {
          appId: raw.BOT_ID,
          appPassword: raw.SECRET_BOT_PASSWORD,
          appType: raw.BOT_APP_TYPE,
          federatedClientId: raw.BOT_FEDERATED_IDENTITY_CLIENT_ID,
          tenantId: raw.BOT_TENANT_ID,
          openIdMetadataUrl: raw.BOT_OPENID_METADATA_URL,
          tokenEndpoint: raw.BOT_TOKEN_ENDPOINT,
        }
      : { tenantId: raw.BOT_TENANT_ID },
    allowedTenantIds: raw.ALLOWED_TENANT_IDS.length ? raw.ALLOWED_TENANT_IDS : raw.BOT_TENANT_ID ? [raw.BOT_TENANT_ID] : [],
    local: !raw.STORAGE_CONNECTION_STRING && !raw.STORAGE_ACCOUNT_URL && !botAuthenticated(raw),
    local_: { playgroundPort: raw.PLAYGROUND_PORT, azuritePort: raw.AZURITE_TABLE_PORT, demoProgrammeFile: raw.DEMO_PROGRAMME_FILE },
    tab: { endpoint: raw.TAB_ENDPOINT, domain: raw.TAB_DOMAIN, aadClientId: raw.AAD_APP_CLIENT_ID },
    personalData: { retentionDefaultDays: raw.RETENTION_DEFAULT_DAYS, erasurePolicy: raw.ERASURE_POLICY },
    scheduler: {
      enabled: raw.SCHEDULER_ENABLED ? raw.SCHEDULER_ENABLED === 'true' : raw.NODE_ENV !== 'test',
      tickMs: raw.SCHEDULER_TICK_SECONDS * 1000,
      sendRatePerTenant: raw.SEND_RATE_PER_TENANT,
      sendRatePerConversation: raw.SEND_RATE_PER_CONVERSATION,
      sessionReminderTime: raw.SESSION_REMINDER_TIME,
      graphInstall: raw.GRAPH_INSTALL_ENABLED === 'true',
      teamsAppCatalogId: raw.TEAMS_APP_PUBLISHED_APP_ID,
    },
    live: { resultsIntervalMs: Math.round(raw.LIVE_RESULTS_INTERVAL_SECONDS * 1000), teamsAppId: raw.TEAMS_APP_ID },
  };
  if (config.env === 'production') requireProductionSettings(config, raw);
  if (config.bot.appId && config.allowedTenantIds.length === 0) {
    throw configError([
      'BOT_TENANT_ID (or ALLOWED_TENANT_IDS) is required when the bot authenticates: activities from other tenants are dropped',
    ]);
  }
  return config;
}

function botAuthenticated(raw: Raw): boolean {
  return Boolean(raw.BOT_ID && (raw.SECRET_BOT_PASSWORD || raw.BOT_APP_TYPE === 'UserAssignedMSI' || raw.BOT_FEDERATED_IDENTITY_CLIENT_ID));
}

/** In production, anonymous mode and local storage must be unreachable. */
function requireProductionSettings(config: AppConfig, raw: Raw): void {
  const missing: string[] = [];
  if (!raw.BOT_ID) missing.push('BOT_ID');
  if (!raw.AAD_APP_CLIENT_ID) missing.push('AAD_APP_CLIENT_ID (the tab SSO app)');
  if (raw.BOT_APP_TYPE !== 'UserAssignedMSI' && !raw.SECRET_BOT_PASSWORD && !raw.BOT_FEDERATED_IDENTITY_CLIENT_ID)
    missing.push('SECRET_BOT_PASSWORD (or BOT_FEDERATED_IDENTITY_CLIENT_ID, or BOT_APP_TYPE=UserAssignedMSI)');
  if (!config.bot.tenantId) missing.push('BOT_TENANT_ID');
  if (!config.storage.connectionString && !config.storage.accountUrl) missing.push('STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL');
  if (config.storage.connectionString && /UseDevelopmentStorage|devstoreaccount1/i.test(config.storage.connectionString)) {
    missing.push('STORAGE_CONNECTION_STRING (points at the local emulator)');
  }
  const testOnly = (['BOT_OPENID_METADATA_URL', 'BOT_TOKEN_ENDPOINT'] as const).filter((key) => raw[key] !== undefined);
  const problems = [
    ...missing.map((m) => `missing in production: ${m}`),
    ...testOnly.map((key) => `not allowed in production: ${key} (tests only)`),
  ];
  if (problems.length) throw configError(problems);
}

function unknownKey(key: string, where: string): string {
  const hint = suggestKey(key, CONFIG_KEYS as string[]);
  return `unknown key ${key} in ${where}${hint ? ` (did you mean ${hint}?)` : ''}`;
}

function configError(problems: string[]): AppError {
  return new AppError('CONFIG_INVALID', `Invalid configuration:\n  - ${problems.join('\n  - ')}`, { details: problems });
}
