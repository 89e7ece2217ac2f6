import type { PersonRef } from '../domain/identity';
import type { StoredConversation } from '../domain/model';
import type { Logger } from '../logger';
import type { Repositories } from '../storage/repositories';
import type { AppInstaller } from './app-installer';

export type Reach = { conversation: StoredConversation } | { conversation?: undefined; reason: string; chatId?: string };

export const NOT_INSTALLED = 'not installed';
export const INSTALLED_WAITING = 'installed; waiting for Teams to open the chat';

/**
 * Where a person can be messaged: their stored personal conversation (the
 * bot stores it on install and refreshes it on every message). Without one,
 * and with an installer configured, the app is installed for them; Teams
 * then tells the bot, which stores the conversation, and the delivery is
 * tried again later (`unreachableRetryMs`).
 */
export async function reach(person: PersonRef, deps: { repos: Repositories; installer?: AppInstaller; logger: Logger }): Promise<Reach> {
  const stored = await deps.repos.conversations.get(person);
  if (stored) return { conversation: stored };
  if (!deps.installer) return { reason: NOT_INSTALLED };
  const result = await deps.installer.install(person);
  if (result.status === 'failed') {
    deps.logger.warn({ reason: result.reason }, 'could not install the app for a person');
    return { reason: `${NOT_INSTALLED}; install failed: ${result.reason}` };
  }
  // The install event may already have stored the conversation.
  const after = await deps.repos.conversations.get(person);
  if (after) return { conversation: after };
  return { reason: INSTALLED_WAITING, ...(result.chatId ? { chatId: result.chatId } : {}) };
}
