import { withRememberedServiceUrls } from './messages-endpoint';

describe('withRememberedServiceUrls', () => {
  it('gives the allow-list verdict for every serviceUrl, asking the policy once per URL', () => {
    const asked: string[] = [];
    const policy = withRememberedServiceUrls({
      authenticated: true,
      allowedTenantIds: ['t'],
      isServiceUrlAllowed: (url) => {
        asked.push(url);
        return url.startsWith('https://smba.trafficmanager.net/');
      },
    });
    const verdicts = [
      'https://smba.trafficmanager.net/emea/',
      'https://evil.example/',
      'https://smba.trafficmanager.net/emea/',
      'https://evil.example/',
    ].map((url) => policy.isServiceUrlAllowed!(url));
    expect(verdicts).toEqual([true, false, true, false]);
    expect(asked).toEqual(['https://smba.trafficmanager.net/emea/', 'https://evil.example/']);
    expect(policy).toMatchObject({ authenticated: true, allowedTenantIds: ['t'] });
  });

  it('keeps at most `max` verdicts, and leaves a policy without an allow-list as it is', () => {
    let asked = 0;
    const policy = withRememberedServiceUrls({ authenticated: false, allowedTenantIds: [], isServiceUrlAllowed: () => (asked++, true) }, 2);
    for (const url of ['a', 'b', 'c', 'a']) policy.isServiceUrlAllowed!(url);
    expect(asked).toBe(4);
    const open = { authenticated: false, allowedTenantIds: [] };
    expect(withRememberedServiceUrls(open)).toBe(open);
  });
});
