import { AppError } from '../errors';
import type { Prompt } from '../domain/model';
import { queryParam } from './request-helpers';
import type { ApiRequest } from './routes';

export interface ResponsesFilter {
  session?: number;
  promptId?: string;
  department?: string;
  answered?: boolean;
}

export function parseResponsesFilter(req: ApiRequest): ResponsesFilter {
  const session = queryParam(req, 'session');
  const answered = queryParam(req, 'answered');
  if (session !== undefined && !/^\d{1,3}$/.test(session)) throw new AppError('VALIDATION_FAILED', 'session must be a number');
  if (answered !== undefined && answered !== 'true' && answered !== 'false')
    throw new AppError('VALIDATION_FAILED', 'answered must be true or false');
  return {
    session: session === undefined ? undefined : Number(session),
    promptId: queryParam(req, 'prompt'),
    department: queryParam(req, 'department'),
    answered: answered === undefined ? undefined : answered === 'true',
  };
}

export function selectsPrompt(filter: ResponsesFilter, prompt: Prompt): boolean {
  return (
    (filter.session === undefined || prompt.afterSession === filter.session) &&
    (filter.promptId === undefined || prompt.id === filter.promptId)
  );
}

/** The audit target: which slice was read (ids and filter values only). */
export function describeFilter(filter: ResponsesFilter): string {
  const parts = Object.entries(filter)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${String(value)}`);
  return parts.length ? parts.join(' ') : 'all';
}
