import { tokenProviderFrom, type TokenCredentialLike } from './credential-token-provider';

describe('tokenProviderFrom', () => {
  const calls: unknown[] = [];
  const credential: TokenCredentialLike = {
    getToken: async (scopes, options) => {
      calls.push({ scopes, options });
      return scopes === 'none' ? null : { token: 't0ken' };
    },
  };
  beforeEach(() => (calls.length = 0));

  it('asks the credential for the scope, in its own tenant unless told per tenant', async () => {
    expect(await tokenProviderFrom(credential).getToken('https://graph.microsoft.com/.default', 'tenant-1')).toBe('t0ken');
    expect(await tokenProviderFrom(credential, { perTenant: true }).getToken('https://graph.microsoft.com/.default', 'tenant-1')).toBe(
      't0ken',
    );
    expect(calls).toEqual([
      { scopes: 'https://graph.microsoft.com/.default', options: undefined },
      { scopes: 'https://graph.microsoft.com/.default', options: { tenantId: 'tenant-1' } },
    ]);
  });

  it('fails when the credential gives no token', async () => {
    await expect(tokenProviderFrom(credential).getToken('none', 't')).rejects.toThrow('no Graph token');
  });
});
