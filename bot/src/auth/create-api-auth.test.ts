import { createApiAuth } from './create-api-auth';
import { DEV_CLIENT_ID } from './dev-people';

const base = { allowedTenantIds: ['11111111-2222-3333-4444-555555555555'], tab: {} };

describe('createApiAuth', () => {
  it('offers the development issuer locally, with a local audience when no client id is configured', async () => {
    const auth = await createApiAuth({ ...base, env: 'development', host: '127.0.0.1' });
    expect(auth.devIssuer?.audience).toBe(DEV_CLIENT_ID);
  });

  it('never offers it in production, whatever the host', async () => {
    const auth = await createApiAuth({ ...base, env: 'production', host: '127.0.0.1', tab: { aadClientId: 'client' } });
    expect(auth.devIssuer).toBeUndefined();
  });

  it('does not offer it on a server listening on all interfaces', async () => {
    const auth = await createApiAuth({ ...base, env: 'development', host: '0.0.0.0', tab: { aadClientId: 'client' } });
    expect(auth.devIssuer).toBeUndefined();
  });

  it('refuses to start in production without AAD_APP_CLIENT_ID', async () => {
    await expect(createApiAuth({ ...base, env: 'production', host: '0.0.0.0' })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
