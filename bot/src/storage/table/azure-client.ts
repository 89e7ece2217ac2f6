import { TableClient, type TableServiceClientOptions } from '@azure/data-tables';

/**
 * Structurally the `TokenCredential` of @azure/core-auth (what
 * `@azure/identity`'s `ManagedIdentityCredential` or `DefaultAzureCredential`
 * are), so this package needs no dependency on @azure/identity.
 */
export interface TokenCredentialLike {
  getToken(scopes: string | string[], options?: object): Promise<{ token: string; expiresOnTimestamp: number } | null>;
}

/** Where the tables live: a connection string (keys, Azurite) or an account URL with a token (managed identity). */
export type TableConnection = { connectionString: string } | { accountUrl: string; credential: TokenCredentialLike };

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
