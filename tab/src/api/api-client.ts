import type { Locale } from '../i18n/locale';
import { ApiError } from './api-error';

/** Supplies the bearer token; `refresh` asks for a new one after a 401. */
export type TokenSource = (options: { refresh: boolean }) => Promise<string>;

export interface ApiClientOptions {
  getToken: TokenSource;
  locale: Locale;
  /** Called when a token was refused twice (the session is over). */
  onUnauthenticated?: () => void;
  baseUrl?: string;
}

export type Query = Record<string, string | undefined>;

export interface Download {
  blob: Blob;
  fileName: string;
}

/** Fetch with the bearer token: a 401 re-acquires the token once and retries, then fails with UNAUTHENTICATED. */
export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  /** DELETE; the answer's body, if any, is ignored. */
  del(path: string): Promise<void>;
  download(path: string, query?: Query): Promise<Download>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.baseUrl ?? '';

  async function send(method: string, path: string, query: Query | undefined, body: unknown): Promise<Response> {
    const url = base + path + queryString(query);
    let refresh = false;
    for (;;) {
      const token = await options.getToken({ refresh }).catch(() => {
        throw new ApiError(401, 'UNAUTHENTICATED');
      });
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'accept-language': options.locale };
      if (body !== undefined) headers['content-type'] = 'application/json';
      let res: Response;
      try {
        res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      } catch {
        throw new ApiError(0, 'NETWORK');
      }
      if (res.status === 401 && !refresh) {
        refresh = true;
        continue;
      }
      if (!res.ok) {
        if (res.status === 401) options.onUnauthenticated?.();
        throw await ApiError.fromResponse(res);
      }
      return res;
    }
  }

  return {
    async get<T>(path: string, query?: Query) {
      return (await (await send('GET', path, query, undefined)).json()) as T;
    },
    async put<T>(path: string, body: unknown) {
      return (await (await send('PUT', path, undefined, body)).json()) as T;
    },
    async post<T>(path: string, body?: unknown) {
      const res = await send('POST', path, undefined, body ?? {});
      return (res.status === 204 ? undefined : await res.json()) as T;
    },
    async del(path: string) {
      await send('DELETE', path, undefined, undefined);
    },
    async download(path: string, query?: Query) {
      const res = await send('GET', path, query, undefined);
      return {
        blob: await res.blob(),
        fileName: fileNameOf(res.headers.get('content-disposition')) ?? path.split('/').pop() ?? 'download',
      };
    },
  };
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1];
}
