import { isAppError } from '../errors';
import { createDevIssuer } from './dev-issuer';
import { DEV_CLIENT_ID, DEV_TENANT_ID } from './dev-people';
import { createTokenValidator, type TokenValidator } from './token-validator';
import {
  createTokenFactory,
  OTHER_TENANT,
  TEST_CLIENT_ID,
  TEST_DOMAIN,
  TEST_TENANT,
  v1Issuer,
  v2Issuer,
  type TokenFactory,
} from './testing/token-factory';

let tokens: TokenFactory;
let validator: TokenValidator;

beforeAll(async () => {
  tokens = await createTokenFactory();
  validator = createTokenValidator({
    clientId: TEST_CLIENT_ID,
    domain: TEST_DOMAIN,
    allowedTenantIds: [TEST_TENANT],
    signingKeys: async () => tokens.keys,
    production: true,
  });
});

async function refusal(authorization: string | undefined): Promise<string> {
  try {
    await validator.validate(authorization);
  } catch (err) {
    if (isAppError(err, 'UNAUTHENTICATED')) return err.code;
    throw err;
  }
  return 'accepted';
}

describe('createTokenValidator', () => {
  it('accepts a v2.0 token and takes the person from tid and oid only', async () => {
    const person = await validator.validate(`Bearer ${await tokens.sign({ oid: 'ABCDEF00-0000-0000-0000-000000000001' })}`);
    expect(person).toEqual({ tenantId: TEST_TENANT, objectId: 'abcdef00-0000-0000-0000-000000000001' });
  });

  it('accepts the v1 issuer and the api:// audience', async () => {
    const token = await tokens.sign({ iss: v1Issuer(), aud: `api://${TEST_DOMAIN}/${TEST_CLIENT_ID}` });
    await expect(validator.validate(`Bearer ${token}`)).resolves.toMatchObject({ tenantId: TEST_TENANT });
  });

  it('accepts a token that expired within the clock skew', async () => {
    await expect(validator.validate(`Bearer ${await tokens.sign({ expiresIn: -30 })}`)).resolves.toBeDefined();
  });

  const cases: [string, () => Promise<string | undefined>][] = [
    ['a missing header', async () => undefined],
    ['an empty header', async () => ''],
    ['a Basic header', async () => 'Basic dXNlcjpwYXNz'],
    ['a token that is not a JWT', async () => 'Bearer not-a-token'],
    ['a JWT with garbage segments', async () => 'Bearer aaa.bbb.ccc'],
    ['an expired token', async () => `Bearer ${await tokens.sign({ expiresIn: -600 })}`],
    ['a token not yet valid', async () => `Bearer ${await tokens.sign({ notBefore: 600 })}`],
    ['a forged signature', async () => `Bearer ${await tokens.forged()}`],
    ['alg none', async () => `Bearer ${tokens.unsigned()}`],
    ['HS256 signed with the public key', async () => `Bearer ${await tokens.hs256()}`],
    ['a wrong audience', async () => `Bearer ${await tokens.sign({ aud: 'api://elsewhere/other-app' })}`],
    ['an api:// audience on another domain', async () => `Bearer ${await tokens.sign({ aud: `api://evil.example/${TEST_CLIENT_ID}` })}`],
    ['a wrong issuer', async () => `Bearer ${await tokens.sign({ iss: 'https://evil.example/v2.0' })}`],
    ['the issuer of another tenant', async () => `Bearer ${await tokens.sign({ iss: v2Issuer(OTHER_TENANT) })}`],
    ['a tenant not on the allow-list', async () => `Bearer ${await tokens.sign({ tid: OTHER_TENANT })}`],
    ['a missing scope', async () => `Bearer ${await tokens.sign({ omit: ['scp'] })}`],
    ['another scope only', async () => `Bearer ${await tokens.sign({ scp: 'User.Read' })}`],
    ['a missing oid', async () => `Bearer ${await tokens.sign({ omit: ['oid'] })}`],
    ['a missing exp', async () => `Bearer ${await tokens.sign({ omit: ['exp'] })}`],
    ['a missing tid', async () => `Bearer ${await tokens.sign({ omit: ['tid'] })}`],
  ];
  it.each(cases)('refuses %s with UNAUTHENTICATED', async (_name, header) => {
    expect(await refusal(await header())).toBe('UNAUTHENTICATED');
  });

  it('does not look up keys for a tenant that is not allowed', async () => {
    const asked: string[] = [];
    const strict = createTokenValidator({
      clientId: TEST_CLIENT_ID,
      allowedTenantIds: [TEST_TENANT],
      signingKeys: async (tid) => {
        asked.push(tid);
        return tokens.keys;
      },
      production: true,
    });
    await expect(strict.validate(`Bearer ${await tokens.sign({ tid: OTHER_TENANT, iss: v2Issuer(OTHER_TENANT) })}`)).rejects.toThrow();
    expect(asked).toEqual([]);
  });

  it('turns a key lookup failure into UNAUTHENTICATED', async () => {
    const broken = createTokenValidator({
      clientId: TEST_CLIENT_ID,
      allowedTenantIds: [TEST_TENANT],
      signingKeys: async () => {
        throw new Error('network down');
      },
      production: true,
    });
    await expect(broken.validate(`Bearer ${await tokens.sign()}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses to start without a client id', () => {
    expect(() =>
      createTokenValidator({ clientId: '', allowedTenantIds: [], signingKeys: async () => tokens.keys, production: false }),
    ).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});

describe('the development issuer in the validator', () => {
  it('is trusted through the same checks when enabled outside production', async () => {
    const dev = await createDevIssuer({ env: 'development', audience: DEV_CLIENT_ID });
    const local = createTokenValidator({
      clientId: DEV_CLIENT_ID,
      allowedTenantIds: [],
      signingKeys: async () => tokens.keys,
      production: false,
      devIssuer: dev,
    });
    const person = { tenantId: DEV_TENANT_ID, objectId: '00000000-0000-0000-0000-0000000000020' };
    const { accessToken } = await dev.issueToken(person);
    await expect(local.validate(`Bearer ${accessToken}`)).resolves.toEqual(person);
    // Its tokens are refused where it is not trusted, and it cannot forge Entra's issuer.
    await expect(validator.validate(`Bearer ${accessToken}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const expired = await dev.issueToken(person, { lifetimeSeconds: -600 });
    await expect(local.validate(`Bearer ${expired.accessToken}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('cannot be trusted in production', async () => {
    const dev = await createDevIssuer({ env: 'development', audience: DEV_CLIENT_ID });
    expect(() =>
      createTokenValidator({
        clientId: DEV_CLIENT_ID,
        allowedTenantIds: [],
        signingKeys: async () => tokens.keys,
        production: true,
        devIssuer: dev,
      }),
    ).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });

  it('cannot be created when NODE_ENV is production', async () => {
    await expect(createDevIssuer({ env: 'production', audience: DEV_CLIENT_ID })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });

  it('does not let a development token name a tenant outside its own', async () => {
    const dev = await createDevIssuer({ env: 'test', audience: DEV_CLIENT_ID });
    const local = createTokenValidator({
      clientId: DEV_CLIENT_ID,
      allowedTenantIds: [],
      signingKeys: async () => tokens.keys,
      production: false,
      devIssuer: dev,
    });
    const { accessToken } = await dev.issueToken({ tenantId: OTHER_TENANT, objectId: '00000000-0000-0000-0000-000000000001' });
    await expect(local.validate(`Bearer ${accessToken}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
