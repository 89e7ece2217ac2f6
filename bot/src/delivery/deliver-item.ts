import { isAppError } from '../errors';
import type { DeliveryRecord } from '../domain/delivery';
import type { Logger } from '../logger';
import type { DeliveryRepository } from '../storage/repositories';
import { DEFAULT_CLAIM_LEASE_MS, type DeliveryDeps } from './delivery-deps';
import type { SendOutcome } from './message-sender';
import { reach } from './reachability';
import { recipientLocale } from './recipient-locale';
import type { MessageRenderer } from './render-message';
import type { ProgrammeSnapshot } from './programme-snapshot';
import { claimedRecord, failedRecord, settledRecord, unreachableRecord } from './transitions';

export type ItemOutcome = 'sent' | 'failed' | 'unreachable' | 'unknown' | 'released' | 'skipped' | 'interrupted';

/** Leave this much of the claim for recording the outcome. */
const SETTLE_MARGIN_MS = 30_000;

/**
 * One delivery: claim the record (pending → sending, conditional on its
 * version: a lost race means another runner has it, `skipped`), find the
 * conversation, build the card, send, record the outcome. If anything
 * throws once the send has begun, the record is left `sending`: the message
 * may have gone out, so once the claim lapses it becomes `unknown`, never
 * resent (`interrupted`). Before that, the claim is given back (`released`).
 */
export async function deliverItem(
  record: DeliveryRecord,
  context: { deps: DeliveryDeps; snapshot: ProgrammeSnapshot; render: MessageRenderer; signal?: AbortSignal },
): Promise<ItemOutcome> {
  const { deps, snapshot, render, signal } = context;
  const { repos, clock, instanceId } = deps;
  const logger = deps.logger.child('delivery');
  const leaseMs = deps.claimLeaseMs ?? DEFAULT_CLAIM_LEASE_MS;

  let claimed: DeliveryRecord;
  try {
    claimed = await repos.deliveries.update(claimedRecord(record, instanceId, clock(), leaseMs));
  } catch (err) {
    if (isAppError(err, 'STORAGE_CONFLICT')) return 'skipped';
    throw err;
  }

  let sending = false;
  try {
    const found = await reach(claimed.person, { repos, installer: deps.installer, logger });
    if (!found.conversation) {
      await settle(repos.deliveries, claimed, unreachableRecord(claimed, found.reason, clock(), found.chatId), instanceId, logger);
      return 'unreachable';
    }
    const conversation = found.conversation;
    let message;
    try {
      message = render(claimed, await recipientLocale(repos, claimed.person, conversation, snapshot), conversation);
    } catch (err) {
      logger.error({ err: err instanceof Error ? err.message : String(err), kind: claimed.kind }, 'could not build the card');
      await settle(repos.deliveries, claimed, failedRecord(claimed, 'could not build the card', clock()), instanceId, logger);
      return 'failed';
    }
    const budgetMs = Date.parse(claimed.leaseUntil!) - clock().getTime() - SETTLE_MARGIN_MS;
    sending = true;
    const outcome: SendOutcome = await deps.sender.send(conversation, message, { budgetMs: Math.max(0, budgetMs), signal });
    await settle(repos.deliveries, claimed, settledRecord(claimed, outcome, conversation.conversationId, clock()), instanceId, logger);
    if (outcome.status !== 'sent') logger.info({ kind: claimed.kind, status: outcome.status, reason: outcome.reason }, 'not delivered');
    return outcome.status === 'notSent' ? 'released' : outcome.status;
  } catch (err) {
    logger.error(
      { err: err instanceof Error ? err.message : String(err), kind: claimed.kind, sending },
      'delivery interrupted after the claim',
    );
    if (!sending) {
      // Nothing went out yet: give the delivery back (best effort; otherwise it lapses to unknown).
      const released = settledRecord(claimed, { status: 'notSent', reason: 'interrupted', attempts: 0 }, '', clock());
      if (
        await repos.deliveries.update(released).then(
          () => true,
          () => false,
        )
      )
        return 'released';
    }
    return 'interrupted';
  }
}

/**
 * Writes the outcome, conditional on the claimed version. If the record moved
 * meanwhile (another runner marked a late claim `unknown`), the outcome still
 * wins while the record is ours: a sent message keeps its activity id.
 */
async function settle(
  deliveries: DeliveryRepository,
  claimed: DeliveryRecord,
  next: DeliveryRecord,
  instanceId: string,
  logger: Logger,
): Promise<void> {
  let current = claimed;
  for (let round = 1; ; round++) {
    try {
      await deliveries.update({ ...next, version: current.version });
      return;
    } catch (err) {
      if (round >= 4) throw err;
      if (isAppError(err, 'STORAGE_CONFLICT')) {
        const fresh = await deliveries.get(claimed);
        if (!fresh || fresh.claimant !== instanceId || (fresh.state !== 'sending' && fresh.state !== 'unknown')) {
          logger.warn({ state: fresh?.state, kind: claimed.kind }, 'the delivery was taken over before its outcome was recorded');
          return;
        }
        current = fresh;
      } else if (!isAppError(err, 'STORAGE_UNAVAILABLE')) {
        throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * round));
    }
  }
}
