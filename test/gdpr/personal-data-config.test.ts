import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../bot/src/config';
import { personalDataSettings } from '../../bot/src/gdpr/settings';

const envDir = mkdtempSync(join(tmpdir(), 'env-'));
const load = (environment: Record<string, string>) => loadConfig({ envDir, environment: { NODE_ENV: 'test', ...environment } });

describe('personal-data settings in the config', () => {
  it('delete answers on erasure and keep a programme’s data 365 days after its end by default', () => {
    expect(load({}).personalData).toEqual({ erasurePolicy: 'delete', retentionDefaultDays: 365 });
  });

  it('reads ERASURE_POLICY and RETENTION_DEFAULT_DAYS', () => {
    expect(load({ ERASURE_POLICY: 'pseudonymise-answers', RETENTION_DEFAULT_DAYS: '730' }).personalData).toEqual({
      erasurePolicy: 'pseudonymise-answers',
      retentionDefaultDays: 730,
    });
  });

  it.each([
    [{ ERASURE_POLICY: 'archive' }, 'ERASURE_POLICY'],
    [{ RETENTION_DEFAULT_DAYS: '0' }, 'RETENTION_DEFAULT_DAYS'],
    [{ RETENTION_DEFAULT_DAYS: 'a year' }, 'RETENTION_DEFAULT_DAYS'],
    [{ RETENTION_DAYS: '30' }, 'unknown key RETENTION_DAYS'],
    [{ ERASURE_POLCY: 'delete' }, 'did you mean ERASURE_POLICY'],
  ])('refuses %j, naming the key', (environment, named) => {
    expect(() => load(environment)).toThrow(named);
  });

  it('makes pseudonyms with the log pseudonym secret when there is one', () => {
    expect(personalDataSettings(load({ SECRET_LOG_PSEUDONYM_KEY: 's3cret' })).pseudonymKey).toBe('s3cret');
    expect(Buffer.isBuffer(personalDataSettings(load({})).pseudonymKey)).toBe(true);
  });
});
