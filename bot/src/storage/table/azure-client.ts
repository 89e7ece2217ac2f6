import { TableClient, type TableServiceClientOptions } from '@azure/data-tables';
import { DefaultAzureCredential } from '@azure/identity';

/**
 * Structurally the `TokenCredential` of @azure/core-auth (what
 * `@azure/identity`'s `ManagedIdentityCredential` or `DefaultAzureCredential`
 * are), so tests can pass a fake.
 */
export interface TokenCredentialLike {
  getToken(scopes: string | string[], options?: object): Promise<{ token: string; expiresOnTimestamp: number } | null>;
}

/** Where the tables live: a connection string (keys, Azurite) or an account URL with a token (managed identity). */
export type TableConnection = { connectionString: string } | { accountUrl: string; credential: TokenCredentialLike };

/** The storage settings of the config. */
export interface StorageSettings {
  connectionString?: string;
  accountUrl?: string;
  /** Client id of the user-assigned managed identity (AZURE_CLIENT_ID). */
  managedIdentityClientId?: string;
}

/**
 * Where the tables are, from config: a connection string wins (Azurite,
 * keys); otherwise the account URL with Entra ID tokens, which on App Service
 * come from the user-assigned managed identity. Undefined when neither is set.
 */
export function tableConnectionFrom(
  settings: StorageSettings,
  makeCredential: (managedIdentityClientId?: string) => TokenCredentialLike = defaultCredential,
): TableConnection | undefined {
  if (settings.connectionString) return { connectionString: settings.connectionString };
  if (settings.accountUrl) return { accountUrl: settings.accountUrl, credential: makeCredential(settings.managedIdentityClientId) };
  return undefined;
}

function defaultCredential(managedIdentityClientId?: string): TokenCredentialLike {
  return managedIdentityClientId ? new DefaultAzureCredential({ managedIdentityClientId }) : new DefaultAzureCredential();
}

export interface AzureClientOptions {
  /** Retries of a failed request (default 2, short delays), so a dead service is noticed in seconds. */
  maxRetries?: number;
}

/** Plain-http endpoints (Azurite) need the SDK's explicit permission. */
export function isInsecure(connection: TableConnection): boolean {
  if ('accountUrl' in connection) return /^http:\/\//i.test(connection.accountUrl);
  const cs = connection.connectionString;
  return (
    /(^|;)\s*DefaultEndpointsProtocol\s*=\s*http\s*(;|$)/i.test(cs) ||
    /TableEndpoint\s*=\s*http:\/\//i.test(cs) ||
    /UseDevelopmentStorage=true/i.test(cs)
  );
}

export function createTableClient(connection: TableConnection, tableName: string, options: AzureClientOptions = {}): TableClient {
  const clientOptions: TableServiceClientOptions = {
    allowInsecureConnection: isInsecure(connection),
    retryOptions: { maxRetries: options.maxRetries ?? 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000 },
  };
  if ('accountUrl' in connection) return new TableClient(connection.accountUrl, tableName, connection.credential, clientOptions);
  return TableClient.fromConnectionString(connection.connectionString, tableName, clientOptions);
}
