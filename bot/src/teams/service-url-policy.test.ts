import { isAllowedServiceUrl } from './service-url-policy';

const production = { production: true };
const local = { production: false };

describe('isAllowedServiceUrl', () => {
  it.each([
    'https://smba.trafficmanager.net/emea/',
    'https://smba.trafficmanager.net/amer/',
    'https://smba.trafficmanager.net/teams/',
    'https://SMBA.trafficmanager.net/apac/',
    'https://smba.infra.gcc.teams.microsoft.com/teams',
    'https://smba.infra.gov.teams.microsoft.us/teams',
    'https://smba.infra.dod.teams.microsoft.us/teams',
  ])('allows the Teams host %s in production', (url) => {
    expect(isAllowedServiceUrl(url, production)).toBe(true);
  });

  it.each([
    ['a look-alike host', 'https://smba.trafficmanager.net.evil.example/emea/'],
    ['a subdomain', 'https://x.smba.trafficmanager.net/emea/'],
    ['plain http', 'http://smba.trafficmanager.net/emea/'],
    ['another port', 'https://smba.trafficmanager.net:8443/emea/'],
    ['credentials in the URL', 'https://user:pw@smba.trafficmanager.net/emea/'],
    ['a query', 'https://smba.trafficmanager.net/emea/?x=1'],
    ['another host', 'https://example.com/'],
    ['not a URL', 'smba.trafficmanager.net'],
    ['empty', ''],
    ['loopback in production', 'http://127.0.0.1:56150/'],
  ])('refuses %s', (_, url) => {
    expect(isAllowedServiceUrl(url, production)).toBe(false);
  });

  it('allows loopback only outside production', () => {
    for (const url of ['http://127.0.0.1:3978/', 'http://localhost:56150/', 'http://[::1]:9000/']) {
      expect(isAllowedServiceUrl(url, local)).toBe(true);
      expect(isAllowedServiceUrl(url, production)).toBe(false);
    }
    expect(isAllowedServiceUrl('http://10.0.0.5/', local)).toBe(false);
  });

  it('allows configured extra hosts over https only', () => {
    const policy = { production: true, extraHosts: ['Connector.Example.org'] };
    expect(isAllowedServiceUrl('https://connector.example.org/x/', policy)).toBe(true);
    expect(isAllowedServiceUrl('http://connector.example.org/x/', policy)).toBe(false);
  });
});
