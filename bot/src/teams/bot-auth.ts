import { CallerIdConstants, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import {
  AuthenticationConfiguration,
  AuthenticationConstants,
  AuthenticationError,
  FederatedServiceClientCredentialsFactory,
  type BotFrameworkAuthentication,
  type Claim,
  type ServiceClientCredentialsFactory,
} from 'botframework-connector';
import { TokenEndpointCredentialsFactory } from './bot-auth-token-endpoint';

/** The bot's identity. Without an app id the adapter runs anonymously: no token checked in, none sent out (local runs and tests). */
export interface BotAuthConfig {
  appId?: string;
  appPassword?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /**
   * Client id of the user-assigned managed identity that a federated credential on the bot's
   * Entra app trusts: the bot signs in as the app with the identity's token, without a secret.
   */
  federatedClientId?: string;
  tenantId?: string;
  /** Tests only (config refuses it in production): OpenID metadata of the inbound token issuer. */
  openIdMetadataUrl?: string;
  /** Tests only (config refuses it in production): OAuth2 token endpoint for outbound calls. */
  tokenEndpoint?: string;
}

/** The issuer of the tokens the Bot Framework channels (Teams) send to bots. */
export const CHANNEL_TOKEN_ISSUER = AuthenticationConstants.ToBotFromChannelTokenIssuer;

/**
 * How inbound Bot Framework requests are authenticated and outbound calls
 * get their tokens. SingleTenant (password or federated credential) or UserAssignedMSI, public cloud.
 */
export function createBotAuthentication(config: BotAuthConfig): BotFrameworkAuthentication {
  if (!config.appId) return new ConfigurationBotFrameworkAuthentication({});
  const appType = config.appType ?? 'SingleTenant';
  const metadataUrl = config.openIdMetadataUrl;
  const options = {
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: appType === 'UserAssignedMSI' ? '' : (config.appPassword ?? ''),
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: config.tenantId ?? '',
    // Spelled out in full: once any endpoint is set, botbuilder takes every one of them as given.
    // These are botbuilder's public-cloud defaults; only the metadata URLs change, and only in tests.
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: CHANNEL_TOKEN_ISSUER,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
  return new ConfigurationBotFrameworkAuthentication(
    options,
    credentialsFactoryFor(config),
    new AuthenticationConfiguration([], acceptChannelTokensOnly),
  );
}

/**
 * How the bot gets its outbound tokens when botbuilder's configuration alone
 * cannot say: a test token endpoint, or the Entra app signed in through a
 * federated credential of the managed identity (production). Undefined:
 * botbuilder's own (password, or the managed identity as the bot).
 */
export function credentialsFactoryFor(config: BotAuthConfig): ServiceClientCredentialsFactory | undefined {
  if (!config.appId) return undefined;
  if (config.tokenEndpoint) {
    return new TokenEndpointCredentialsFactory({
      appId: config.appId,
      appPassword: config.appPassword,
      tokenEndpoint: config.tokenEndpoint,
    });
  }
  if (config.federatedClientId)
    return new FederatedServiceClientCredentialsFactory(config.appId, config.federatedClientId, config.tenantId);
  return undefined;
}

/**
 * Runs after botbuilder has validated a token's signature, lifetime and
 * audience. Only tokens the channel service issued get through: botbuilder
 * would also take Emulator and skill tokens (other issuers, other checks,
 * no `serviceurl` claim), which this Teams-only bot never receives.
 */
export async function acceptChannelTokensOnly(claims: Claim[]): Promise<void> {
  const issuer = claims.find((claim) => claim.type === AuthenticationConstants.IssuerClaim)?.value;
  if (issuer !== CHANNEL_TOKEN_ISSUER) throw new AuthenticationError('Unauthorized. Not a channel token.', 401);
}
