import { AuthenticationConstants, FederatedServiceClientCredentialsFactory } from 'botframework-connector';
import { createBotAuthentication, credentialsFactoryFor } from './bot-auth';
import { TokenEndpointCredentialsFactory } from './bot-auth-token-endpoint';

/** What botbuilder's parameterised authentication holds (private fields, read here only to pin the production defaults). */
interface Inner {
  toBotFromChannelOpenIdMetadataUrl: string;
  toBotFromEmulatorOpenIdMetadataUrl: string;
  toBotFromChannelTokenIssuer: string;
  toChannelFromBotLoginUrl: string;
  authConfiguration: { validateClaims?: unknown };
}
const innerOf = (auth: object) => (auth as { inner: Inner }).inner;

describe('createBotAuthentication', () => {
  it('uses the Bot Framework public-cloud endpoints unless a test issuer is configured', () => {
    const inner = innerOf(createBotAuthentication({ appId: 'app', appPassword: 'secret', tenantId: 'tenant' }));
    expect(inner).toMatchObject({
      toBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      toBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      toBotFromChannelTokenIssuer: 'https://api.botframework.com',
      toChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    });
    expect(inner.authConfiguration.validateClaims).toBeInstanceOf(Function);
  });

  it('reads inbound signing keys from the configured metadata URL (tests)', () => {
    const inner = innerOf(
      createBotAuthentication({ appId: 'app', appPassword: 'secret', tenantId: 'tenant', openIdMetadataUrl: 'http://127.0.0.1:1/openid' }),
    );
    expect(inner.toBotFromChannelOpenIdMetadataUrl).toBe('http://127.0.0.1:1/openid');
  });

  it('builds a user-assigned managed identity without a password, and refuses SingleTenant without a tenant', () => {
    expect(() =>
      createBotAuthentication({ appId: 'mi-client', appType: 'UserAssignedMSI', tenantId: 'tenant', appPassword: 'ignored' }),
    ).not.toThrow();
    expect(() => createBotAuthentication({ appId: 'app', appPassword: 'secret' })).toThrow(/MicrosoftAppTenantId is required/);
  });

  it('signs in as the Entra app through the managed identity’s federated credential when one is configured (no secret)', async () => {
    const config = { appId: 'entra-app', appType: 'SingleTenant' as const, federatedClientId: 'mi-client', tenantId: 'tenant' };
    const factory = credentialsFactoryFor(config);
    expect(factory).toBeInstanceOf(FederatedServiceClientCredentialsFactory);
    expect(await factory!.isValidAppId('entra-app')).toBe(true);
    expect(await factory!.isValidAppId('mi-client')).toBe(false);
    expect(() => createBotAuthentication(config)).not.toThrow();
  });

  it('uses the test token endpoint first, and botbuilder’s own credentials otherwise', () => {
    expect(
      credentialsFactoryFor({ appId: 'app', appPassword: 's', tokenEndpoint: 'http://127.0.0.1:1/token', federatedClientId: 'mi' }),
    ).toBeInstanceOf(TokenEndpointCredentialsFactory);
    expect(credentialsFactoryFor({ appId: 'app', appPassword: 's', tenantId: 't' })).toBeUndefined();
    expect(credentialsFactoryFor({ federatedClientId: 'mi' })).toBeUndefined();
  });
});
