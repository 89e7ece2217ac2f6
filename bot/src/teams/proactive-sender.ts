import { CardFactory, MessageFactory, type ConversationReference, type TurnContext } from 'botbuilder';
import type { StoredConversation } from '../domain/model';
import type { MessageSender, OutboundMessage, SendOptions, SendOutcome } from '../delivery/message-sender';
import {
  classify,
  DEFAULT_RETRY_POLICY,
  describeAttempt,
  retryDelayMs,
  type AttemptResult,
  type RetryPolicy,
} from '../delivery/send-retry-policy';
import { realTimer, type Timer } from '../delivery/timer';
import { KeyedTokenBuckets } from '../delivery/token-bucket';
import type { Logger } from '../logger';
import { attemptResultOf } from './connector-error';
import { takeOverRetries } from './sdk-retries';
import { isAllowedServiceUrl, type ServiceUrlPolicy } from './service-url-policy';

/** The part of CloudAdapter the sender uses. */
export interface ProactiveAdapter {
  readonly ConnectorClientKey: symbol;
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export interface SendRates {
  /** Messages per second per tenant (default 25, well under Teams' per-app-per-tenant limit). */
  perTenantPerSecond: number;
  /** Messages per second per conversation (default 7, Teams' per-thread limit). */
  perConversationPerSecond: number;
}

export const DEFAULT_SEND_RATES: SendRates = { perTenantPerSecond: 25, perConversationPerSecond: 7 };

export interface ProactiveSenderOptions {
  adapter: ProactiveAdapter;
  /** The bot's app id; undefined or '' in anonymous mode (local runs and tests). */
  appId?: string;
  serviceUrlPolicy: ServiceUrlPolicy;
  rates?: Partial<SendRates>;
  retry?: Partial<RetryPolicy>;
  logger: Logger;
  timer?: Timer;
  random?: () => number;
  /** A call without an answer by then counts as unknown (it may have arrived). Default 30 s. */
  callTimeoutMs?: number;
}

/**
 * Posts cards into personal chats through `adapter.continueConversationAsync`
 * with the stored conversation reference. Only to allowed serviceUrls; paced
 * by a token bucket per tenant and one per conversation; retries as
 * `send-retry-policy.ts` says, with the SDK's own retries switched off so
 * every call goes through the buckets.
 */
export function createProactiveSender(options: ProactiveSenderOptions): MessageSender {
  const rates = { ...DEFAULT_SEND_RATES, ...options.rates };
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const timer = options.timer ?? realTimer;
  const random = options.random ?? Math.random;
  const logger = options.logger.child('sender');
  // Bursts of at most half a second's worth: the connector sees a steady stream well inside its one-second window,
  // and a pause of the event loop (GC, a slow storage call) up to half a second costs no throughput.
  const tenants = new KeyedTokenBuckets(rates.perTenantPerSecond, Math.max(2, Math.floor(rates.perTenantPerSecond / 2)), timer);
  const conversations = new KeyedTokenBuckets(rates.perConversationPerSecond, 1, timer);
  let warnedSdk = false;

  const callTimeoutMs = options.callTimeoutMs ?? 30_000;

  /** One call, or `TIMEOUT` if it has not answered in time (the call itself cannot be cancelled). */
  const attempt = async (conversation: StoredConversation, message: OutboundMessage): Promise<AttemptResult> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<AttemptResult>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'network', code: 'TIMEOUT', sent: 'maybe' }), callTimeoutMs);
    });
    try {
      return await Promise.race([call(conversation, message), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  const call = async (conversation: StoredConversation, message: OutboundMessage): Promise<AttemptResult> => {
    let result: AttemptResult | undefined;
    try {
      await options.adapter.continueConversationAsync(options.appId ?? '', referenceOf(conversation), async (context) => {
        if (!takeOverRetries(context, options.adapter.ConnectorClientKey) && !warnedSdk) {
          warnedSdk = true;
          logger.warn('could not switch off the connector client retries; the SDK retries on its own');
        }
        try {
          const activity = { ...MessageFactory.attachment(CardFactory.adaptiveCard(message.card)), summary: message.summary };
          const response = await context.sendActivity(activity);
          result = { kind: 'ok', activityId: response?.id ?? '' };
        } catch (err) {
          // Caught here so the adapter's onTurnError never swallows it.
          result = attemptResultOf(err);
        }
      });
    } catch (err) {
      // Before the logic ran: token acquisition, connector client creation.
      result = attemptResultOf(err);
    }
    return result ?? { kind: 'network', code: 'NO_RESULT', sent: 'maybe' };
  };

  return {
    async send(conversation: StoredConversation, message: OutboundMessage, sendOptions: SendOptions = {}): Promise<SendOutcome> {
      if (!isAllowedServiceUrl(conversation.serviceUrl, options.serviceUrlPolicy)) {
        logger.warn({ host: hostOf(conversation.serviceUrl) }, 'serviceUrl not allowed; not sent');
        return { status: 'failed', reason: 'serviceUrl not allowed', attempts: 0 };
      }
      const started = timer.now();
      for (let attempts = 1; ; attempts++) {
        if (sendOptions.signal?.aborted) {
          return attempts === 1
            ? { status: 'notSent', reason: 'stopped', attempts: 0 }
            : { status: 'failed', reason: 'stopped while retrying', attempts: attempts - 1 };
        }
        await conversations.take(conversation.conversationId);
        await tenants.take(conversation.person.tenantId.toLowerCase());
        const result = await attempt(conversation, message);
        const verdict = classify(result);
        if (result.kind === 'ok') return { status: 'sent', activityId: result.activityId, attempts };
        const what = describeAttempt(result);
        if (verdict === 'final') return { status: 'failed', reason: what, attempts };
        if (verdict === 'indeterminate') return { status: 'unknown', reason: what, attempts };
        if (attempts >= policy.maxAttempts) return { status: 'failed', reason: `gave up after ${attempts} attempts: ${what}`, attempts };
        const delay = retryDelayMs(result, attempts, policy, random);
        if (sendOptions.budgetMs !== undefined && timer.now() - started + delay > sendOptions.budgetMs) {
          return { status: 'failed', reason: `gave up after ${attempts} attempts (out of time): ${what}`, attempts };
        }
        logger.debug({ status: what, attempts, delayMs: delay }, 'retrying a proactive send');
        await timer.sleep(delay);
      }
    },
  };
}

/** A Bot Framework conversation reference from the stored one (personal chat). */
export function referenceOf(conversation: StoredConversation): Partial<ConversationReference> {
  return {
    channelId: conversation.channelId,
    serviceUrl: conversation.serviceUrl,
    conversation: {
      id: conversation.conversationId,
      conversationType: 'personal',
      isGroup: false,
      tenantId: conversation.person.tenantId,
      name: '',
    },
    bot: { id: conversation.botId, name: conversation.botName ?? '' },
    user: { id: conversation.userId, name: '', aadObjectId: conversation.person.objectId },
    locale: conversation.locale,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(invalid)';
  }
}
