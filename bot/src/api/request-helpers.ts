import { pickLocale, type Locale } from '../domain/locale';
import { AppError } from '../errors';
import type { ApiRequest } from './routes';

/** A single string query parameter (a repeated one is refused), or undefined. */
export function queryParam(req: ApiRequest, name: string): string | undefined {
  const value: unknown = req.query?.[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new AppError('VALIDATION_FAILED', `query parameter ${name} must be given once`);
  return value;
}

export function pathParam(req: ApiRequest, name: string): string {
  const value: unknown = req.params?.[name];
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) throw new AppError('NOT_FOUND', `no ${name}`);
  return value;
}

/** `?lang=sv|en` first (downloads), then Accept-Language; Swedish by default. */
export function requestLocale(req: ApiRequest): Locale {
  const lang = typeof req.query?.lang === 'string' ? req.query.lang : undefined;
  return pickLocale(lang ?? req.headers['accept-language']);
}
