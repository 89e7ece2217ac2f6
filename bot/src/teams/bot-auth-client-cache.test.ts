import type { Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { BoundedPromiseCache, ClientCachingBotFrameworkAuthentication } from './bot-auth-client-cache';

/** A hand-written stand-in for botbuilder's authentication: counts what it builds, accepts "Bearer ok" only. */
class FakeAuthentication extends BotFrameworkAuthentication {
  authentications = 0;
  connectorsBuilt: Array<{ appId: string; serviceUrl: string; audience?: string }> = [];
  userTokenClientsBuilt = 0;
  failNextConnector = false;

  async authenticateRequest(_activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    this.authentications++;
    if (authHeader !== 'Bearer ok') throw new AuthenticationError('Unauthorized', 401);
    const claimsIdentity = identityOf('bot-app');
    return {
      audience: 'https://api.botframework.com',
      callerId: 'urn:botframework:azure',
      claimsIdentity,
      connectorFactory: this.createConnectorFactory(claimsIdentity),
    };
  }
  async authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    throw new Error('not used');
  }
  createConnectorFactory(identity: ClaimsIdentity): ConnectorFactory {
    return new FakeConnectorFactory(this, identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? '');
  }
  async createUserTokenClient(): Promise<UserTokenClient> {
    this.userTokenClientsBuilt++;
    return { n: this.userTokenClientsBuilt } as unknown as UserTokenClient;
  }
}

class FakeConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly fake: FakeAuthentication,
    private readonly appId: string,
  ) {
    super();
  }
  async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    if (this.fake.failNextConnector) {
      this.fake.failNextConnector = false;
      throw new Error('no credentials');
    }
    const built = { appId: this.appId, serviceUrl, audience };
    this.fake.connectorsBuilt.push(built);
    return built as unknown as ConnectorClient;
  }
}

function identityOf(appId: string): ClaimsIdentity {
  return new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: appId }], true);
}

const activity = { type: 'invoke', serviceUrl: 'https://smba.example/emea/' } as Activity;

describe('ClientCachingBotFrameworkAuthentication', () => {
  it('authenticates every request and refuses a bad token, whatever was cached', async () => {
    const inner = new FakeAuthentication();
    const auth = new ClientCachingBotFrameworkAuthentication(inner);
    const first = await auth.authenticateRequest(activity, 'Bearer ok');
    await first.connectorFactory!.create(activity.serviceUrl, first.audience);
    await expect(auth.authenticateRequest(activity, 'Bearer forged')).rejects.toThrow(AuthenticationError);
    await auth.authenticateRequest(activity, 'Bearer ok');
    expect(inner.authentications).toBe(3);
  });

  it('reuses one connector client per app id, serviceUrl and audience across turns', async () => {
    const inner = new FakeAuthentication();
    const auth = new ClientCachingBotFrameworkAuthentication(inner);
    const clientOfTurn = async (serviceUrl: string, audience = 'https://api.botframework.com') => {
      const result = await auth.authenticateRequest({ ...activity, serviceUrl }, 'Bearer ok');
      return result.connectorFactory!.create(serviceUrl, audience);
    };
    const a = await clientOfTurn('https://smba.example/emea/');
    expect(await clientOfTurn('https://smba.example/emea/')).toBe(a);
    expect(await clientOfTurn('https://smba.example/amer/')).not.toBe(a);
    expect(await clientOfTurn('https://smba.example/emea/', 'other-audience')).not.toBe(a);
    const proactive = await auth
      .createConnectorFactory(identityOf('other-app'))
      .create('https://smba.example/emea/', 'https://api.botframework.com');
    expect(proactive).not.toBe(a);
    expect(inner.connectorsBuilt.map((c) => [c.appId, c.serviceUrl, c.audience])).toEqual([
      ['bot-app', 'https://smba.example/emea/', 'https://api.botframework.com'],
      ['bot-app', 'https://smba.example/amer/', 'https://api.botframework.com'],
      ['bot-app', 'https://smba.example/emea/', 'other-audience'],
      ['other-app', 'https://smba.example/emea/', 'https://api.botframework.com'],
    ]);
  });

  it('builds a client again after a failed build, and one user-token client per app id', async () => {
    const inner = new FakeAuthentication();
    const auth = new ClientCachingBotFrameworkAuthentication(inner);
    const factory = auth.createConnectorFactory(identityOf('bot-app'));
    inner.failNextConnector = true;
    await expect(factory.create('https://smba.example/emea/')).rejects.toThrow('no credentials');
    await expect(factory.create('https://smba.example/emea/')).resolves.toBeDefined();
    expect(inner.connectorsBuilt).toHaveLength(1);

    const first = await auth.createUserTokenClient(identityOf('bot-app'));
    expect(await auth.createUserTokenClient(identityOf('bot-app'))).toBe(first);
    expect(await auth.createUserTokenClient(identityOf('other-app'))).not.toBe(first);
    expect(inner.userTokenClientsBuilt).toBe(2);
  });
});

describe('BoundedPromiseCache', () => {
  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const cache = new BoundedPromiseCache<string>(2);
    let built = 0;
    const get = (key: string) => cache.get(key, async () => `${key}${++built}`);
    expect(await get('a')).toBe('a1');
    expect(await get('b')).toBe('b2');
    expect(await get('a')).toBe('a1'); // a is now the most recent
    expect(await get('c')).toBe('c3'); // b goes
    expect(cache.size).toBe(2);
    expect(await get('a')).toBe('a1');
    expect(await get('b')).toBe('b4');
  });
});
