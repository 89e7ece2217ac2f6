import { DefaultAzureCredential } from '@azure/identity';
import { createTableClient, isInsecure, tableConnectionFrom } from './azure-client';

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

describe('tableConnectionFrom', () => {
  const accountUrl = 'https://acct.table.core.windows.net';

  it('uses the connection string when there is one', () => {
    const make = jest.fn(() => credential);
    expect(tableConnectionFrom({ connectionString: 'UseDevelopmentStorage=true', accountUrl }, make)).toEqual({
      connectionString: 'UseDevelopmentStorage=true',
    });
    expect(make).not.toHaveBeenCalled();
  });

  it('otherwise reaches the account URL with a credential for the configured managed identity', () => {
    const make = jest.fn(() => credential);
    expect(tableConnectionFrom({ accountUrl, managedIdentityClientId: 'mi-client-id' }, make)).toEqual({ accountUrl, credential });
    expect(make).toHaveBeenCalledWith('mi-client-id');
  });

  it('makes a DefaultAzureCredential by default (no token is asked for here)', () => {
    const connection = tableConnectionFrom({ accountUrl, managedIdentityClientId: 'mi-client-id' });
    expect(connection && 'credential' in connection && connection.credential).toBeInstanceOf(DefaultAzureCredential);
  });

  it('has nothing without either setting', () => {
    expect(tableConnectionFrom({})).toBeUndefined();
  });
});
