import { AuthenticationConstants } from 'botframework-connector';
import { createBotAuthentication } from './bot-auth';

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
});
