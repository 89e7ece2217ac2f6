import type { ApiPromptStatus } from '../api/contract';
import type { Prompt } from '../domain/model';
import { localToInstant } from '../domain/time';

/** upcoming before sendAt, open until dueAt, closed from dueAt on (the programme's zone, the server's clock). */
export function promptStatus(prompt: Pick<Prompt, 'sendAt' | 'dueAt'>, zone: string, now: Date): ApiPromptStatus {
  const t = now.getTime();
  if (t < localToInstant(prompt.sendAt, zone).toMillis()) return 'upcoming';
  if (t < localToInstant(prompt.dueAt, zone).toMillis()) return 'open';
  return 'closed';
}
