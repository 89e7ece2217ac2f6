import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Logger } from '../logger';
import { createTurnErrorHandler } from './turn-error';

/** The bot's identity. Without an app id the adapter runs anonymously: no token checked in, none sent out (local runs and tests). */
export interface AdapterConfig {
  appId?: string;
  appPassword?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
}

export function createAdapter(config: AdapterConfig, logger: Logger): CloudAdapter {
  const log = logger.child('adapter');
  const auth = config.appId
    ? new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: config.appId,
        MicrosoftAppPassword: config.appPassword ?? '',
        MicrosoftAppType: config.appType ?? 'SingleTenant',
        MicrosoftAppTenantId: config.tenantId ?? '',
      })
    : new ConfigurationBotFrameworkAuthentication({});
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = createTurnErrorHandler(log);
  log.info({ anonymous: !config.appId, appType: config.appId ? (config.appType ?? 'SingleTenant') : undefined }, 'bot adapter ready');
  return adapter;
}
