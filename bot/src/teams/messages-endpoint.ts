import type { Activity, TurnContext } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import type { Logger } from '../logger';
import type { TeamsCloudAdapter } from './adapter';
import { checkInbound, type InboundPolicy } from './bot-auth-inbound';
import { errorSummary } from './error-summary';
import { tenantOf } from './tenant-filter';

/**
 * The `POST /api/messages` handler, typed structurally so the web framework
 * stays out of here: restify's (or express') req/res fit these shapes.
 * The body must already be parsed JSON.
 */
export interface MessagesRequest {
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
  method?: string;
}

export interface MessagesResponse {
  socket: unknown;
  headersSent?: boolean;
  status(code: number): unknown;
  header(name: string, value: unknown): unknown;
  send(...args: unknown[]): unknown;
  end(...args: unknown[]): unknown;
  /** Node's `ServerResponse.setHeader`: when present, a JSON body is written directly with `end`. */
  setHeader?(name: string, value: string): unknown;
}

/** What `createMessagesHandler` returns; restify's `(req, res)` fit it. */
export type MessagesHandler = (req: MessagesRequest, res: MessagesResponse) => Promise<void>;

export interface MessagesHandlerDeps {
  /** The two inbound steps of the adapter (a TeamsCloudAdapter). */
  adapter: Pick<TeamsCloudAdapter, 'authenticate' | 'runAuthenticated'>;
  bot: { run(context: TurnContext): Promise<void> };
  logger: Logger;
  /** Tenant and serviceUrl rules; default: anonymous, every tenant, any serviceUrl (local runs and tests). */
  inbound?: InboundPolicy;
}

const OPEN_POLICY: InboundPolicy = { authenticated: false, allowedTenantIds: [] };

/**
 * Order: shape (400), token (401), Teams-only checks (401), tenant (dropped
 * with 200), then the turn. Every refusal answers without detail; the
 * reason goes to the log. A dropped activity gets the 200 a handled one
 * gets, so the channel neither retries it nor learns anything.
 */
export function createMessagesHandler(deps: MessagesHandlerDeps): MessagesHandler {
  const logger = deps.logger.child('messages');
  const policy = withRememberedServiceUrls(deps.inbound ?? OPEN_POLICY);
  return async (req, res) => {
    if (req.method !== undefined && req.method !== 'POST') return answer(res, 405);
    const activity = toActivity(req.body);
    if (!activity) return answer(res, 400, { error: 'Invalid activity.' });

    let authentication: AuthenticateRequestResult;
    try {
      authentication = await deps.adapter.authenticate(activity, authorizationOf(req));
    } catch (err) {
      const unavailable = err instanceof AuthenticationError && err.statusCode >= 500;
      logger.warn({ err: errorSummary(err), channelId: activity.channelId }, unavailable ? 'token keys unavailable' : 'token refused');
      return answer(res, unavailable ? 503 : 401);
    }

    const verdict = checkInbound(activity, authentication.claimsIdentity, policy);
    if (verdict.action === 'reject') {
      logger.warn({ reason: verdict.reason, channelId: activity.channelId }, 'activity refused');
      return answer(res, 401);
    }
    if (verdict.action === 'drop') {
      logger.warn({ reason: verdict.reason, tenantId: tenantOf(activity), activityType: activity.type }, 'activity dropped');
      return answer(res, 200);
    }

    try {
      const invoke = await deps.adapter.runAuthenticated(authentication, activity, (context) => deps.bot.run(context));
      answer(res, invoke?.status ?? 200, invoke?.body);
    } catch (err) {
      // Turn errors are answered by onTurnError; this is what escapes it (e.g. no connector client).
      logger.error({ err: errorSummary(err), activityType: activity.type }, 'activity failed');
      if (!res.headersSent) answer(res, 500);
    }
  };
}

/**
 * The serviceUrl allow-list is a pure function of the URL (and config), and
 * Teams uses a handful of serviceUrls: its verdicts are remembered, up to
 * `max` of them (then forgotten all at once), instead of parsing the URL on
 * every request.
 */
export function withRememberedServiceUrls(policy: InboundPolicy, max = 256): InboundPolicy {
  const isAllowed = policy.isServiceUrlAllowed;
  if (!isAllowed) return policy;
  const verdicts = new Map<string, boolean>();
  return {
    ...policy,
    isServiceUrlAllowed(serviceUrl) {
      let verdict = verdicts.get(serviceUrl);
      if (verdict === undefined) {
        verdict = isAllowed(serviceUrl);
        if (verdicts.size >= max) verdicts.clear();
        verdicts.set(serviceUrl, verdict);
      }
      return verdict;
    },
  };
}

function answer(res: MessagesResponse, status: number, body?: unknown): void {
  res.status(status);
  if (body !== undefined && res.setHeader) {
    // Node's response (restify's is one): the JSON is written once, with its length, without the framework's formatters.
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(body));
    return;
  }
  if (body !== undefined) res.send(body);
  res.end();
}

function authorizationOf(req: MessagesRequest): string {
  const value = req.headers.authorization ?? req.headers.Authorization;
  return typeof value === 'string' ? value : '';
}

/** The body as an activity (as botbuilder's CloudAdapter reads it): an object with a string `type`; timestamps become dates. */
function toActivity(body: unknown): Activity | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const activity = body as Activity & Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type === '') return undefined;
  for (const [key, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value: unknown = activity[key];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[key] = new Date(value);
    }
  }
  return activity;
}
