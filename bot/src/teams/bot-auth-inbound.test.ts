import { ClaimsIdentity } from 'botframework-connector';
import { teamsMessage, teamsParty } from '../testing/teams-activities';
import { acceptChannelTokensOnly, CHANNEL_TOKEN_ISSUER } from './bot-auth';
import { checkInbound, type InboundPolicy } from './bot-auth-inbound';
import { isAllowedServiceUrl } from './service-url-policy';

const TENANT = '7a1b2c3d-0000-4000-8000-0000000000aa';
const TEAMS_URL = 'https://smba.trafficmanager.net/emea/';
const party = teamsParty({ tenantId: TENANT, serviceUrl: TEAMS_URL });

const production: InboundPolicy = {
  authenticated: true,
  allowedTenantIds: [TENANT],
  isServiceUrlAllowed: (url) => isAllowedServiceUrl(url, { production: true }),
};

/** A validated channel token's identity; `null` leaves the serviceurl claim out. */
function channelIdentity(serviceUrl: string | null = TEAMS_URL): ClaimsIdentity {
  const claims = [
    { type: 'iss', value: CHANNEL_TOKEN_ISSUER },
    { type: 'aud', value: 'bot-app-id' },
  ];
  if (serviceUrl) claims.push({ type: 'serviceurl', value: serviceUrl });
  return new ClaimsIdentity(claims, true);
}

describe('checkInbound (after the token was validated)', () => {
  it('processes a Teams activity from the tenant, at a Teams serviceUrl the token names', () => {
    expect(checkInbound(teamsMessage(party, 'hej'), channelIdentity(), production)).toEqual({ action: 'process' });
  });

  it.each([
    ['another channel', { channelId: 'webchat' }, channelIdentity(), 'channel is not Teams'],
    ['no serviceUrl', { serviceUrl: undefined }, channelIdentity(), 'no serviceUrl'],
    ['a serviceurl claim that differs', {}, channelIdentity('https://smba.trafficmanager.net/amer/'), 'serviceurl claim differs'],
    ['no serviceurl claim', {}, channelIdentity(null), 'serviceurl claim differs'],
    [
      'a serviceUrl off the allow-list',
      { serviceUrl: 'https://evil.example/' },
      channelIdentity('https://evil.example/'),
      'serviceUrl not on the allow-list',
    ],
    [
      'a loopback serviceUrl in production',
      { serviceUrl: 'http://127.0.0.1:9/' },
      channelIdentity('http://127.0.0.1:9/'),
      'serviceUrl not on the allow-list',
    ],
  ])('rejects %s', (_, change, identity, reason) => {
    expect(checkInbound({ ...teamsMessage(party, 'hej'), ...change }, identity, production)).toEqual({ action: 'reject', reason });
  });

  it('drops a genuine activity from another tenant', () => {
    const foreign = teamsMessage(teamsParty({ tenantId: 'other-tenant', serviceUrl: TEAMS_URL }), 'hej');
    expect(checkInbound(foreign, channelIdentity(), production)).toEqual({ action: 'drop', reason: 'foreign tenant' });
  });

  it('checks neither claims nor channel in anonymous local mode, only the allow-list if given', () => {
    const local: InboundPolicy = {
      authenticated: false,
      allowedTenantIds: [],
      isServiceUrlAllowed: (url) => isAllowedServiceUrl(url, { production: false }),
    };
    const anonymous = new ClaimsIdentity([], 'anonymous');
    const playground = teamsMessage(teamsParty({ serviceUrl: 'http://127.0.0.1:56150/' }), 'hej');
    expect(checkInbound(playground, anonymous, local)).toEqual({ action: 'process' });
    expect(checkInbound({ ...playground, serviceUrl: 'https://evil.example/' }, anonymous, local).action).toBe('reject');
  });
});

describe('acceptChannelTokensOnly', () => {
  it('accepts the channel issuer', async () => {
    await expect(acceptChannelTokensOnly([{ type: 'iss', value: CHANNEL_TOKEN_ISSUER }])).resolves.toBeUndefined();
  });

  it.each([
    ['an Emulator/Entra issuer', 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/'],
    ['a skill (Entra v2) issuer', 'https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0'],
    ['no issuer', undefined],
  ])('refuses %s with a 401 AuthenticationError', async (_, issuer) => {
    const claims = issuer ? [{ type: 'iss', value: issuer }] : [];
    await expect(acceptChannelTokensOnly(claims)).rejects.toMatchObject({ statusCode: 401 });
  });
});
