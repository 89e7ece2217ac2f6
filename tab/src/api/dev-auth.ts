import type { DevPeopleResponse, DevTokenRequest, DevTokenResponse } from '../../../bot/src/api/contract';
import { ApiError } from './api-error';

/**
 * The development sign-in (not in production, where these answer 404).
 * Undefined means the server offers no local sign-in.
 */
export async function fetchDevPeople(baseUrl = ''): Promise<DevPeopleResponse | undefined> {
  let res: Response;
  try {
    res = await fetch(`${baseUrl}/api/dev-auth/people`);
  } catch {
    throw new ApiError(0, 'NETWORK');
  }
  if (res.status === 404) return undefined;
  if (!res.ok) throw await ApiError.fromResponse(res);
  return (await res.json()) as DevPeopleResponse;
}

export async function requestDevToken(objectId: string, baseUrl = ''): Promise<DevTokenResponse> {
  const body: DevTokenRequest = { objectId };
  const res = await fetch(`${baseUrl}/api/dev-auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw await ApiError.fromResponse(res);
  return (await res.json()) as DevTokenResponse;
}
