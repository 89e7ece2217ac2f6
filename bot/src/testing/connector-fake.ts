import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Bot Connector REST API (the `serviceUrl` Teams gives a
 * bot), on 127.0.0.1 with a free port. It records what the bot sends and
 * answers member look-ups from a configurable list, with the payload shapes
 * Teams uses. Point activities' `serviceUrl` at `url` (it ends with '/').
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

export interface ConnectorFakeOptions {
  members?: FakeMember[];
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
  /** Resolves with the sent activities once at least `n` have arrived; rejects after `timeoutMs`. */
  waitForActivities(n: number, timeoutMs?: number): Promise<RecordedActivity[]>;
  /** Forgets everything recorded (members stay). */
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

function send(res: http.ServerResponse, status: number, body?: unknown): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
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

export async function startConnectorFake(options: ConnectorFakeOptions = {}): Promise<ConnectorFake> {
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(++counter).toString(36)}`;
  const waiters: Array<{ n: number; resolve: (a: RecordedActivity[]) => void }> = [];

  // One object, so a test may replace `members` and the routes see it.
  const fake: ConnectorFake = {
    url: '',
    close: () => Promise.resolve(),
    activities: [],
    updates: [],
    deletes: [],
    conversations: [],
    members: [...(options.members ?? [])],
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
    },
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
    const { pathname } = new URL(req.url ?? '/', 'http://fake');
    const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
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
        const activity = await readJson(req);
        const id = nextId('1:');
        const authorization = req.headers.authorization;
        record({ conversationId, replyToId: activityId, id, activity, ...(authorization ? { authorization } : {}) });
        return send(res, 201, { id });
      }
      if (method === 'PUT' && activityId) {
        fake.updates.push({ conversationId, activityId, activity: await readJson(req) });
        return send(res, 200, { id: activityId });
      }
      if (method === 'DELETE' && activityId) {
        fake.deletes.push({ conversationId, activityId });
        return send(res, 200);
      }
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
