import type { AppConfig } from '../config';
import { AppError } from '../errors';
import { createDevIssuer, type DevIssuer } from './dev-issuer';
import { DEV_CLIENT_ID } from './dev-people';
import { entraSigningKeys, type SigningKeysFor } from './entra-signing-keys';
import { createTokenValidator, type TokenValidator } from './token-validator';

export interface ApiAuth {
  validator: TokenValidator;
  devIssuer?: DevIssuer;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * The tab API's token validation from config. The development issuer is
 * created only when NODE_ENV is not production AND the server listens on
 * loopback, so a deployment (which listens on all interfaces) never offers
 * demo sign-in even if NODE_ENV were left unset.
 */
export async function createApiAuth(
  config: Pick<AppConfig, 'env' | 'host' | 'allowedTenantIds' | 'tab'>,
  options: { signingKeys?: SigningKeysFor; clock?: () => Date } = {},
): Promise<ApiAuth> {
  const production = config.env === 'production';
  const devEnabled = !production && LOOPBACK.has(config.host);
  const clientId = config.tab.aadClientId ?? (devEnabled ? DEV_CLIENT_ID : undefined);
  if (!clientId) throw new AppError('CONFIG_INVALID', 'AAD_APP_CLIENT_ID is required for the tab API');
  const devIssuer = devEnabled ? await createDevIssuer({ env: config.env, audience: clientId, clock: options.clock }) : undefined;
  const validator = createTokenValidator({
    clientId,
    domain: config.tab.domain,
    allowedTenantIds: config.allowedTenantIds,
    signingKeys: options.signingKeys ?? entraSigningKeys(),
    production,
    devIssuer,
    clock: options.clock,
  });
  return { validator, devIssuer };
}
