import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import type { Logger } from '../logger';
import { createBotAuthentication, type BotAuthConfig } from './bot-auth';
import { ClientCachingBotFrameworkAuthentication } from './bot-auth-client-cache';
import { createTurnErrorHandler } from './turn-error';

export type AdapterConfig = BotAuthConfig;

/**
 * CloudAdapter with its two inbound steps apart, so the messages endpoint
 * can check an authenticated activity (tenant, serviceUrl) before any turn
 * runs and own every byte of the HTTP answer: `CloudAdapter.process` would
 * answer a bad token with 500 and the validation error's text.
 */
export class TeamsCloudAdapter extends CloudAdapter {
  constructor(private readonly auth: BotFrameworkAuthentication) {
    super(auth);
  }

  /** Validates the request's token for this activity; throws when it is not valid. */
  authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.auth.authenticateRequest(activity, authHeader);
  }

  /** Runs the turn for an activity `authenticate` accepted; resolves with the invoke response, if any. */
  runAuthenticated(
    authentication: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, activity, logic);
  }
}

export function createAdapter(config: AdapterConfig, logger: Logger): TeamsCloudAdapter {
  const log = logger.child('adapter');
  // Connector and user-token clients are kept across turns (see bot-auth-client-cache); every request is still authenticated.
  const adapter = new TeamsCloudAdapter(new ClientCachingBotFrameworkAuthentication(createBotAuthentication(config)));
  adapter.onTurnError = createTurnErrorHandler(log);
  log.info(
    {
      anonymous: !config.appId,
      appType: config.appId ? (config.appType ?? 'SingleTenant') : undefined,
      testIssuer: Boolean(config.openIdMetadataUrl || config.tokenEndpoint) || undefined,
    },
    'bot adapter ready',
  );
  return adapter;
}
