import type { PersonRef } from '../domain/identity';
import type { Logger } from '../logger';
import type { AppInstaller, InstallResult, TokenProvider } from './app-installer';

export interface GraphAppInstallerOptions {
  /** The app's id in the tenant's app catalogue (`teamsApp.id`), not the bot id. */
  teamsAppId: string;
  tokens: TokenProvider;
  logger: Logger;
  /** Default `https://graph.microsoft.com/v1.0` (a loopback fake in tests). */
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * Microsoft Graph: `POST /users/{id}/teamwork/installedApps` with
 * `teamsApp@odata.bind` (201 installed, 409 already installed), then the
 * installation (`GET .../installedApps?$expand=teamsApp&$filter=teamsApp/id eq '{app}'`)
 * and its chat (`GET .../installedApps/{installation}/chat`) for the chat id.
 * After an install Teams sends the bot an installationUpdate, which stores
 * the conversation reference the sender uses.
 */
export function createGraphAppInstaller(options: GraphAppInstallerOptions): AppInstaller {
  const base = (options.baseUrl ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const logger = options.logger.child('graph-installer');
  const timeoutMs = options.timeoutMs ?? 10_000;

  const call = async (method: 'GET' | 'POST', path: string, token: string, body?: unknown) => {
    const res = await doFetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // A non-JSON body: the status says enough.
    }
    return { status: res.status, json };
  };

  return {
    async install(person: PersonRef): Promise<InstallResult> {
      const user = `/users/${encodeURIComponent(person.objectId)}/teamwork/installedApps`;
      try {
        const token = await options.tokens.getToken(GRAPH_SCOPE, person.tenantId);
        const posted = await call('POST', user, token, {
          'teamsApp@odata.bind': `${base}/appCatalogs/teamsApps/${encodeURIComponent(options.teamsAppId)}`,
        });
        if (posted.status !== 201 && posted.status !== 200 && posted.status !== 409) {
          return { status: 'failed', reason: `graph ${posted.status}${errorCode(posted.json)}` };
        }
        const status = posted.status === 409 ? 'alreadyInstalled' : 'installed';
        const chatId = await chatIdOf(user, token).catch((err: unknown) => {
          logger.warn({ err: err instanceof Error ? err.name : 'error' }, 'installed, but could not read the chat id');
          return undefined;
        });
        return chatId ? { status, chatId } : { status };
      } catch (err) {
        return { status: 'failed', reason: `graph unreachable (${networkCode(err)})` };
      }
    },
  };

  async function chatIdOf(user: string, token: string): Promise<string | undefined> {
    const filter = encodeURIComponent(`teamsApp/id eq '${options.teamsAppId.replace(/'/g, "''")}'`);
    const listed = await call('GET', `${user}?$expand=teamsApp&$filter=${filter}`, token);
    const installs = Array.isArray(listed.json.value) ? (listed.json.value as Array<Record<string, unknown>>) : [];
    const installation = installs.find((i) => (i.teamsApp as { id?: unknown } | undefined)?.id === options.teamsAppId) ?? installs[0];
    if (listed.status !== 200 || typeof installation?.id !== 'string') return undefined;
    const chat = await call('GET', `${user}/${encodeURIComponent(installation.id)}/chat`, token);
    return chat.status === 200 && typeof chat.json.id === 'string' ? chat.json.id : undefined;
  }
}

/** `ECONNREFUSED`, `TimeoutError`, ...: what failed, never a message with data in it. */
function networkCode(err: unknown): string {
  const e = err as { name?: unknown; cause?: { code?: unknown } } | undefined;
  if (typeof e?.cause?.code === 'string') return e.cause.code;
  return typeof e?.name === 'string' ? e.name : 'error';
}

function errorCode(json: Record<string, unknown>): string {
  const code = (json.error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? ` ${code}` : '';
}
