import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Bot Connector REST API (the `serviceUrl` Teams gives a
 * bot), on 127.0.0.1 with a free port. It records what the bot sends and
 * answers member look-ups from a configurable list, with the payload shapes
 * Teams uses. Point activities' `serviceUrl` at `url` (it ends with '/').
 *
 * Optionally it behaves like Teams under load (for sends, i.e. POSTed
 * activities): it enforces a per-tenant and a per-conversation rate (token
 * buckets; a call over either gets `429 Retry-After: 1` and is counted in
 * `stats.overRate`), answers a share of the calls within the rate with an
 * injected `429 Retry-After`, answers scripted statuses (`respond`), and
 * counts calls that come back before their Retry-After has passed.
 */

/** A Teams member as `GET v3/conversations/{id}/members/{userId}` returns it (TeamsChannelAccount). */
export interface FakeMember {
  /** The Teams user id, `29:...`. */
  id: string;
  name: string;
  aadObjectId: string;
  email?: string;
  userPrincipalName?: string;
  tenantId: string;
  givenName?: string;
  surname?: string;
  userRole?: 'user' | 'guest' | 'anonymous';
}

/** An activity the bot sent: POST v3/conversations/{id}/activities[/{replyToId}]. */
export interface RecordedActivity {
  conversationId: string;
  /** Set when the bot replied to an activity (the URL's last segment). */
  replyToId?: string;
  /** The id the fake assigned and returned. */
  id: string;
  activity: Record<string, unknown>;
  /** The Authorization header (absent in anonymous mode). */
  authorization?: string;
}

/** PUT v3/conversations/{id}/activities/{activityId}. */
export interface RecordedUpdate {
  conversationId: string;
  activityId: string;
  activity: Record<string, unknown>;
  /** When it arrived (`performance.now()`). */
  at: number;
}

/** DELETE v3/conversations/{id}/activities/{activityId}. */
export interface RecordedDelete {
  conversationId: string;
  activityId: string;
}

/** POST v3/conversations (proactive 1:1 conversation creation). */
export interface RecordedConversation {
  id: string;
  parameters: Record<string, unknown>;
}

/** What `respond` may answer instead of accepting a send. */
export interface ScriptedResponse {
  status: number;
  /** Teams' error code in the body, e.g. `ConversationBlockedByUser`. */
  code?: string;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
}

/** A send as `respond` sees it. */
export interface SendCall {
  conversationId: string;
  tenantId: string;
  /** Calls so far for this conversation, this one included (1 for the first). */
  attempt: number;
  activity: Record<string, unknown>;
}

export interface ConnectorLimits {
  perTenantPerSecond: number;
  /** Calls a tenant may make at once; default one second's worth (the rate). */
  tenantBurst?: number;
  perConversationPerSecond?: number;
  /** Default one second's worth. */
  conversationBurst?: number;
}

export interface ConnectorFakeOptions {
  members?: FakeMember[];
  /** Rates enforced on sends; none by default. */
  limits?: ConnectorLimits;
  /** Answers this share (0..1) of the sends within the rate with 429 and this Retry-After. */
  inject429?: { share: number; retryAfterSeconds: number; random?: () => number };
  /** Scripted answers (checked after the rate, before injection); undefined accepts the send. */
  respond?: (call: SendCall) => ScriptedResponse | undefined;
  /** Delay before every answer, in ms. */
  latencyMs?: number;
  /** Keep each sent activity's body (default true; a benchmark may keep only ids). */
  keepBodies?: boolean;
}

export interface ConnectorStats {
  /** Every POST of an activity, answered or not. */
  sendCalls: number;
  /** Sends accepted (201). */
  delivered: number;
  /** 429s injected within the rate. */
  injected429: number;
  /** Calls above the enforced rate (answered 429). */
  overRate: number;
  /** Calls for a conversation before the Retry-After it was given had passed (answered 429). */
  retryAfterViolations: number;
  /** Scripted non-201 answers. */
  scripted: number;
  /** `performance.now()` of the first and the last send call (0 before any). */
  firstCallAt: number;
  lastCallAt: number;
}

export interface ConnectorFake {
  /** Base URL with a trailing slash, like a real serviceUrl. */
  url: string;
  /** Sent activities, in arrival order. */
  activities: RecordedActivity[];
  updates: RecordedUpdate[];
  deletes: RecordedDelete[];
  conversations: RecordedConversation[];
  /** The member directory; replace or push to change what look-ups return. */
  members: FakeMember[];
  /**
   * Meeting roles by Entra object id (lower case): `Organizer`, `Presenter`,
   * `Attendee`. `GET v1/meetings/{meetingId}/participants/{oid}?tenantId=`
   * answers a member found here (and in `members`), 404 otherwise.
   */
  meetingRoles: Map<string, string>;
  /** Meeting participant look-ups as they came: meeting id, participant id, tenant id. */
  meetingLookups: Array<{ meetingId: string; participantId: string; tenantId?: string }>;
  /** Counters of sends and how they were answered. */
  stats: ConnectorStats;
  /** Accepted sends per conversation id. */
  deliveredTo: Map<string, number>;
  /** Conversations that got more than one accepted send, with the number of extra ones. */
  duplicates(): { conversations: number; extra: number };
  /** Which of these conversations got no accepted send. */
  lost(conversationIds: Iterable<string>): string[];
  /** Resolves with the sent activities once at least `n` have arrived; rejects after `timeoutMs`. */
  waitForActivities(n: number, timeoutMs?: number): Promise<RecordedActivity[]>;
  /** Forgets everything recorded and counted (members and options stay). */
  reset(): void;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, body?: unknown, headers?: Record<string, string>): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** The member as Teams returns it: `objectId` and `aadObjectId` both carry the Entra object id. */
function memberPayload(m: FakeMember) {
  return {
    id: m.id,
    name: m.name,
    objectId: m.aadObjectId,
    aadObjectId: m.aadObjectId,
    givenName: m.givenName ?? m.name.split(' ')[0],
    surname: m.surname ?? m.name.split(' ').slice(1).join(' '),
    email: m.email,
    userPrincipalName: m.userPrincipalName ?? m.email,
    tenantId: m.tenantId,
    userRole: m.userRole ?? 'user',
  };
}

/** A non-waiting token bucket: `tryTake()` says whether a call is within the rate. */
class RateWindow {
  private tokens: number;
  private last = performance.now();
  constructor(
    private readonly rate: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }
  tryTake(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.rate) / 1000);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

function emptyStats(): ConnectorStats {
  return { sendCalls: 0, delivered: 0, injected429: 0, overRate: 0, retryAfterViolations: 0, scripted: 0, firstCallAt: 0, lastCallAt: 0 };
}

function tenantOf(activity: Record<string, unknown>): string {
  const conversation = activity.conversation as { tenantId?: unknown } | undefined;
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const id = conversation?.tenantId ?? channelData?.tenant?.id;
  return typeof id === 'string' ? id.toLowerCase() : '(none)';
}

export async function startConnectorFake(options: ConnectorFakeOptions = {}): Promise<ConnectorFake> {
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(++counter).toString(36)}`;
  const waiters: Array<{ n: number; resolve: (a: RecordedActivity[]) => void }> = [];

  const tenantWindows = new Map<string, RateWindow>();
  const conversationWindows = new Map<string, RateWindow>();
  const blockedUntil = new Map<string, number>();
  const callsPerConversation = new Map<string, number>();

  // One object, so a test may replace `members` and the routes see it.
  const fake: ConnectorFake = {
    url: '',
    close: () => Promise.resolve(),
    activities: [],
    updates: [],
    deletes: [],
    conversations: [],
    members: [...(options.members ?? [])],
    meetingRoles: new Map(),
    meetingLookups: [],
    stats: emptyStats(),
    deliveredTo: new Map(),
    duplicates() {
      let conversations = 0;
      let extra = 0;
      for (const count of fake.deliveredTo.values()) {
        if (count > 1) {
          conversations++;
          extra += count - 1;
        }
      }
      return { conversations, extra };
    },
    lost(conversationIds) {
      return [...conversationIds].filter((id) => !fake.deliveredTo.has(id));
    },
    waitForActivities(n, timeoutMs = 5000) {
      if (fake.activities.length >= n) return Promise.resolve([...fake.activities]);
      return new Promise((resolve, reject) => {
        const waiter = { n, resolve };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`connector fake: expected ${n} activities within ${timeoutMs} ms, got ${fake.activities.length}`));
        }, timeoutMs);
        waiter.resolve = (a) => {
          clearTimeout(timer);
          resolve(a);
        };
        waiters.push(waiter);
      });
    },
    reset() {
      fake.activities.length = 0;
      fake.updates.length = 0;
      fake.deletes.length = 0;
      fake.conversations.length = 0;
      fake.stats = emptyStats();
      fake.deliveredTo.clear();
      tenantWindows.clear();
      conversationWindows.clear();
      blockedUntil.clear();
      callsPerConversation.clear();
    },
  };

  /** Rate, Retry-After, script and injection, in that order; undefined accepts the send. */
  const judgeSend = (conversationId: string, activity: Record<string, unknown>, arrived: number): ScriptedResponse | undefined => {
    const stats = fake.stats;
    stats.sendCalls++;
    stats.firstCallAt ||= arrived;
    stats.lastCallAt = arrived;
    const attempt = (callsPerConversation.get(conversationId) ?? 0) + 1;
    callsPerConversation.set(conversationId, attempt);
    const tenantId = tenantOf(activity);
    const limits = options.limits;
    if (limits) {
      const tenant =
        tenantWindows.get(tenantId) ?? new RateWindow(limits.perTenantPerSecond, limits.tenantBurst ?? limits.perTenantPerSecond);
      tenantWindows.set(tenantId, tenant);
      const perConversation = limits.perConversationPerSecond;
      let conversation: RateWindow | undefined;
      if (perConversation) {
        conversation =
          conversationWindows.get(conversationId) ?? new RateWindow(perConversation, limits.conversationBurst ?? perConversation);
        conversationWindows.set(conversationId, conversation);
      }
      const withinTenant = tenant.tryTake(arrived);
      const withinConversation = conversation ? conversation.tryTake(arrived) : true;
      if (!withinTenant || !withinConversation) {
        stats.overRate++;
        return { status: 429, code: 'TooManyRequests', retryAfter: 1 };
      }
    }
    const blocked = blockedUntil.get(conversationId);
    if (blocked !== undefined && arrived < blocked) {
      stats.retryAfterViolations++;
      return { status: 429, code: 'TooManyRequests', retryAfter: Math.ceil((blocked - arrived) / 1000) };
    }
    const scripted = options.respond?.({ conversationId, tenantId, attempt, activity });
    if (scripted && scripted.status !== 201) {
      stats.scripted++;
      return scripted;
    }
    const inject = options.inject429;
    if (inject && (inject.random ?? Math.random)() < inject.share) {
      stats.injected429++;
      return { status: 429, code: 'TooManyRequests', retryAfter: inject.retryAfterSeconds };
    }
    return undefined;
  };

  const answerSend = (res: http.ServerResponse, conversationId: string, refusal: ScriptedResponse, arrived: number) => {
    if (refusal.retryAfter !== undefined) {
      blockedUntil.set(conversationId, Math.max(blockedUntil.get(conversationId) ?? 0, arrived + refusal.retryAfter * 1000));
    }
    const headers = refusal.retryAfter !== undefined ? { 'retry-after': String(refusal.retryAfter) } : undefined;
    return send(res, refusal.status, errorBody(refusal.code ?? `Status${refusal.status}`, 'refused by the connector fake'), headers);
  };

  const record = (entry: RecordedActivity) => {
    fake.activities.push(entry);
    for (const w of [...waiters]) {
      if (fake.activities.length >= w.n) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve([...fake.activities]);
      }
    }
  };

  const route = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://fake');
    const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    // GET v1/meetings/{meetingId}/participants/{participantId}?tenantId= (TeamsMeetingParticipant)
    if (parts[0] === 'v1' && parts[1] === 'meetings' && parts[3] === 'participants' && parts[4] && method === 'GET') {
      const [meetingId, participantId] = [parts[2], parts[4]];
      fake.meetingLookups.push({ meetingId, participantId, tenantId: searchParams.get('tenantId') ?? undefined });
      const member = fake.members.find((m) => m.aadObjectId.toLowerCase() === participantId.toLowerCase() || m.id === participantId);
      const role = member && fake.meetingRoles.get(member.aadObjectId.toLowerCase());
      if (!member || !role) return send(res, 404, errorBody('NotFound', 'The participant was not found in the meeting.'));
      return send(res, 200, {
        user: memberPayload(member),
        meeting: { role, inMeeting: true },
        conversation: { id: `19:meeting_${meetingId}@thread.v2`, isGroup: true, conversationType: 'groupChat' },
      });
    }
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return send(res, 404, errorBody('NotFound', 'Unknown route'));

    // POST v3/conversations
    if (parts.length === 2 && method === 'POST') {
      const parameters = await readJson(req);
      const id = `a:${nextId('conv')}`;
      fake.conversations.push({ id, parameters });
      return send(res, 201, { id });
    }

    const conversationId = parts[2];
    const collection = parts[3];

    if (collection === 'activities') {
      const activityId = parts[4];
      if (method === 'POST' && parts.length <= 5) {
        const arrived = performance.now();
        const activity = await readJson(req);
        const refusal = judgeSend(conversationId, activity, arrived);
        if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
        if (refusal) return answerSend(res, conversationId, refusal, arrived);
        const id = nextId('1:');
        const authorization = req.headers.authorization;
        fake.stats.delivered++;
        fake.deliveredTo.set(conversationId, (fake.deliveredTo.get(conversationId) ?? 0) + 1);
        const kept = options.keepBodies === false ? {} : activity;
        record({ conversationId, replyToId: activityId, id, activity: kept, ...(authorization ? { authorization } : {}) });
        return send(res, 201, { id });
      }
      if (method === 'PUT' && activityId) {
        fake.updates.push({ conversationId, activityId, activity: await readJson(req), at: performance.now() });
        return send(res, 200, { id: activityId });
      }
      if (method === 'DELETE' && activityId) {
        fake.deletes.push({ conversationId, activityId });
        return send(res, 200);
      }
    }

    // GET v3/conversations/{id}/pagedmembers?pageSize=&continuationToken= (the token is the next index)
    if (collection === 'pagedmembers' && method === 'GET') {
      const pageSize = Math.max(1, Math.min(500, Number(searchParams.get('pageSize') ?? 200) || 200));
      const from = Number(searchParams.get('continuationToken') ?? 0) || 0;
      const page = fake.members.slice(from, from + pageSize).map(memberPayload);
      const next = from + pageSize < fake.members.length ? String(from + pageSize) : undefined;
      return send(res, 200, { members: page, ...(next ? { continuationToken: next } : {}) });
    }

    if (collection === 'members' && method === 'GET') {
      const userId = parts[4];
      if (!userId) return send(res, 200, fake.members.map(memberPayload));
      const member = fake.members.find((m) => m.id === userId || m.aadObjectId === userId);
      return member
        ? send(res, 200, memberPayload(member))
        : send(res, 404, errorBody('MemberNotFoundInConversation', 'The member could not be found in the conversation.'));
    }

    return send(res, 405, errorBody('BadSyntax', `Unsupported ${method} ${pathname}`));
  };

  const server = http.createServer((req, res) => {
    route(req, res).catch((err: unknown) => send(res, 400, errorBody('BadArgument', err instanceof Error ? err.message : 'bad request')));
  });
  // Like Teams' front end, keep idle connections open for a while: Node's 5 s default closes pooled sockets
  // under a client that is about to reuse them, which a client must read as "maybe sent".
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  fake.url = `http://127.0.0.1:${port}/`;
  fake.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    });
  return fake;
}
