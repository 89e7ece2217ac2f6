import { createTableClient, isInsecure } from './azure-client';

const credential = { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 60_000 }) };

describe('table client settings', () => {
  it.each([
    ['DefaultEndpointsProtocol=http;AccountName=a;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:10002/a;', true],
    ['UseDevelopmentStorage=true', true],
    ['DefaultEndpointsProtocol=https;AccountName=a;AccountKey=a2V5;EndpointSuffix=core.windows.net', false],
  ])('allows plain http only for http endpoints: %s', (connectionString, insecure) => {
    expect(isInsecure({ connectionString })).toBe(insecure);
  });

  it('builds a client from an account URL and a token credential (managed identity)', () => {
    const client = createTableClient({ accountUrl: 'https://acct.table.core.windows.net', credential }, 'programmes');
    expect(client.tableName).toBe('programmes');
    expect(client.url).toBe('https://acct.table.core.windows.net');
    expect(isInsecure({ accountUrl: 'https://acct.table.core.windows.net', credential })).toBe(false);
  });
});
