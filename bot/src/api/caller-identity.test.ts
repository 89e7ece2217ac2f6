import { callerIdentity } from './caller-identity';

describe('callerIdentity', () => {
  const validator = {
    validate: async (authorization: string | undefined) => {
      if (authorization !== 'Bearer good') throw new Error('refused');
      return { tenantId: 'T', objectId: 'O' };
    },
  };

  it('names the person behind a valid token and nobody behind a missing or bad one', async () => {
    const identify = callerIdentity(validator);
    await expect(identify({ authorization: 'Bearer good' })).resolves.toBe('t|o');
    await expect(identify({ authorization: 'Bearer bad' })).resolves.toBeUndefined();
    await expect(identify({})).resolves.toBeUndefined();
  });
});
