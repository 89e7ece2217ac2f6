import type { Logger } from '../logger';
import type { Repositories } from '../storage/repositories';
import type { AppInstaller } from './app-installer';
import type { MessageSender } from './message-sender';

/** What delivering needs; shared by the scheduler runner and `send` now. */
export interface DeliveryDeps {
  repos: Repositories;
  sender: MessageSender;
  clock: () => Date;
  logger: Logger;
  /** Who claims: recorded on every claim, and how a runner recognises its own records. */
  instanceId: string;
  /** How long a claim holds. A claim not settled by then counts as unknown. Default 10 minutes. */
  claimLeaseMs?: number;
  /** Deliveries in flight at once (the sender's buckets pace the calls). Default 32. */
  concurrency?: number;
  /** Installs the app for people without a conversation (only when configured). */
  installer?: AppInstaller;
}

export const DEFAULT_CLAIM_LEASE_MS = 10 * 60_000;
export const DEFAULT_CONCURRENCY = 32;
