import type { TokenProvider } from './app-installer';

/** What `@azure/identity` credentials are (ClientSecretCredential, ManagedIdentityCredential, DefaultAzureCredential). */
export interface TokenCredentialLike {
  getToken(scopes: string | string[], options?: { tenantId?: string }): Promise<{ token: string } | null>;
}

/**
 * A TokenProvider over an Azure credential. Single-tenant (the municipality's
 * own tenant, e.g. the app's managed identity) by default; `perTenant` asks
 * for a token in each person's tenant (a multi-tenant app registration).
 */
export function tokenProviderFrom(credential: TokenCredentialLike, options: { perTenant?: boolean } = {}): TokenProvider {
  return {
    async getToken(scope, tenantId) {
      const token = await credential.getToken(scope, options.perTenant ? { tenantId } : undefined);
      if (!token?.token) throw new Error('no Graph token');
      return token.token;
    },
  };
}
