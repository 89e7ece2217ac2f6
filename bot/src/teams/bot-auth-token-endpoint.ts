import { AppCredentials, ServiceClientCredentialsFactory, type AuthenticatorResult } from 'botframework-connector';

/**
 * Tests only (config refuses BOT_TOKEN_ENDPOINT in production): the bot's
 * outbound tokens come from a plain OAuth2 client-credentials endpoint on
 * loopback instead of Entra ID. botbuilder's own credentials go through
 * MSAL, which insists on an https authority and asks
 * login.microsoftonline.com for instance discovery, so they cannot be
 * pointed at a local issuer. Everything else (inbound validation, the
 * connector client, the Authorization header on replies) stays botbuilder's.
 */
export interface TokenEndpointOptions {
  appId: string;
  appPassword?: string;
  tokenEndpoint: string;
}

export class TokenEndpointCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(private readonly options: TokenEndpointOptions) {
    super();
  }
  async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.options.appId;
  }
  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  async createCredentials(appId: string, audience: string | undefined): Promise<AppCredentials> {
    if (!(await this.isValidAppId(appId))) throw new Error('Invalid appId.');
    return new TokenEndpointCredentials(this.options, audience);
  }
}

class TokenEndpointCredentials extends AppCredentials {
  constructor(
    private readonly options: TokenEndpointOptions,
    audience: string | undefined,
  ) {
    super(options.appId, undefined, audience);
  }

  protected async refreshToken(): Promise<AuthenticatorResult> {
    const scope = this.oAuthScope.endsWith('/.default') ? this.oAuthScope : `${this.oAuthScope}/.default`;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: this.options.appId, scope });
    if (this.options.appPassword) form.set('client_secret', this.options.appPassword);
    const res = await fetch(this.options.tokenEndpoint, { method: 'POST', body: form });
    if (!res.ok) throw new Error(`Token endpoint answered ${res.status}.`);
    const body = (await res.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string') throw new Error('Token endpoint sent no access token.');
    const seconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    return { accessToken: body.access_token, expiresOn: new Date(Date.now() + seconds * 1000) };
  }
}
