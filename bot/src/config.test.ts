import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './config';

function envDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('loadConfig', () => {
  it('runs locally with no Azure settings at all', () => {
    const config = loadConfig({ envDir: envDir({}), environment: {} });
    expect(config.local).toBe(true);
    expect(config.port).toBe(3978);
    expect(config.host).toBe('127.0.0.1');
  });

  it('stays local and anonymous when BOT_ID is only the manifest placeholder', () => {
    const dir = envDir({ '.env.local': 'BOT_ID=00000000-0000-0000-0000-00000000b07\n' });
    const config = loadConfig({ envDir: dir, environment: {} });
    expect(config.local).toBe(true);
    expect(config.bot.appId).toBeUndefined();
  });

  it('lets PORT from the environment override the default', () => {
    expect(loadConfig({ envDir: envDir({}), environment: { PORT: '4000' } }).port).toBe(4000);
  });

  it('names an unknown key in an env file and suggests the right one', () => {
    const dir = envDir({ '.env.local': 'BOT_IDD=abc\n' });
    expect(() => loadConfig({ envDir: dir, environment: {} })).toThrow(/unknown key BOT_IDD .*did you mean BOT_ID\?/);
  });

  it('names an unknown environment variable with one of our prefixes', () => {
    expect(() => loadConfig({ envDir: envDir({}), environment: { STORAGE_CONECTION_STRING: 'x' } })).toThrow(
      /STORAGE_CONECTION_STRING.*did you mean STORAGE_CONNECTION_STRING/,
    );
  });

  it('reads secrets from the git-ignored .user file, which wins over the committed file', () => {
    const dir = envDir({
      '.env.dev': 'BOT_ID=111\nBOT_TENANT_ID=t1\nSECRET_BOT_PASSWORD=\n',
      '.env.dev.user': 'SECRET_BOT_PASSWORD=s3cret\n',
    });
    const config = loadConfig({ envDir: dir, environment: { APP_ENV: 'dev' } });
    expect(config.bot).toMatchObject({ appId: '111', appPassword: 's3cret' });
    expect(config.local).toBe(false);
  });

  it('refuses to start in production without bot credentials, tenant or storage, naming each', () => {
    let message = '';
    try {
      loadConfig({ envDir: envDir({}), environment: { NODE_ENV: 'production' } });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/BOT_ID/);
    expect(message).toMatch(/SECRET_BOT_PASSWORD/);
    expect(message).toMatch(/BOT_TENANT_ID/);
    expect(message).toMatch(/AAD_APP_CLIENT_ID/);
    expect(message).toMatch(/STORAGE_CONNECTION_STRING or STORAGE_ACCOUNT_URL/);
  });

  it('refuses the local emulator as production storage', () => {
    const environment = {
      NODE_ENV: 'production',
      BOT_ID: 'a',
      BOT_APP_TYPE: 'UserAssignedMSI',
      AAD_APP_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
      BOT_TENANT_ID: 't',
      STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
    };
    expect(() => loadConfig({ envDir: envDir({}), environment })).toThrow(/local emulator/);
  });

  it('starts in production with a managed identity and a storage account URL', () => {
    const environment = {
      NODE_ENV: 'production',
      BOT_ID: 'a',
      BOT_APP_TYPE: 'UserAssignedMSI',
      AAD_APP_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
      BOT_TENANT_ID: 'tenant-1',
      STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net',
    };
    const config = loadConfig({ envDir: envDir({}), environment });
    expect(config.host).toBe('0.0.0.0');
    expect(config.allowedTenantIds).toEqual(['tenant-1']);
    expect(config.local).toBe(false);
  });

  it('refuses the test-only token issuer settings in production, naming each', () => {
    const environment = {
      NODE_ENV: 'production',
      BOT_ID: 'a',
      BOT_APP_TYPE: 'UserAssignedMSI',
      AAD_APP_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
      BOT_TENANT_ID: 'tenant-1',
      STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net',
      BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9/openid',
      BOT_TOKEN_ENDPOINT: 'http://127.0.0.1:9/token',
    };
    expect(() => loadConfig({ envDir: envDir({}), environment })).toThrow(
      /not allowed in production: BOT_OPENID_METADATA_URL[\s\S]*not allowed in production: BOT_TOKEN_ENDPOINT/,
    );
  });

  it('accepts the test-only token issuer settings outside production', () => {
    const environment = {
      NODE_ENV: 'test',
      BOT_ID: 'a',
      SECRET_BOT_PASSWORD: 's',
      BOT_TENANT_ID: 'tenant-1',
      BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9/openid',
    };
    expect(loadConfig({ envDir: envDir({}), environment }).bot.openIdMetadataUrl).toBe('http://127.0.0.1:9/openid');
  });

  it('refuses an authenticated bot without a tenant to accept activities from', () => {
    const environment = { BOT_ID: 'a', SECRET_BOT_PASSWORD: 's' };
    expect(() => loadConfig({ envDir: envDir({}), environment })).toThrow(/BOT_TENANT_ID \(or ALLOWED_TENANT_IDS\) is required/);
  });

  it('passes the managed identity client id to storage', () => {
    const environment = { STORAGE_ACCOUNT_URL: 'https://acct.table.core.windows.net', AZURE_CLIENT_ID: 'mi-client' };
    expect(loadConfig({ envDir: envDir({}), environment }).storage).toMatchObject({ managedIdentityClientId: 'mi-client' });
  });

  it('rejects a malformed port with the key name', () => {
    expect(() => loadConfig({ envDir: envDir({}), environment: { PORT: 'eighty' } })).toThrow(/PORT/);
  });
});
