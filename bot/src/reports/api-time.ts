import type { ApiTime } from '../api/contract';
import { localToUtcIso } from '../domain/time';

/** A programme time as the API gives it: the local wall-clock string and the UTC instant. */
export function toApiTime(local: string, zone: string): ApiTime {
  return { local, at: localToUtcIso(local, zone) };
}
