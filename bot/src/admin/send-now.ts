import type { AdminSendNowResponse, AdminSendReason, AdminSendReasonCode } from '../api/admin-contract';
import { total, type ReasonCount } from '../delivery/delivery-summary';
import { NOT_INSTALLED } from '../delivery/reachability';
import type { SendNowResult } from '../delivery/send-prompt-now';
import { CLAIM_EXPIRED_REASON } from '../delivery/transitions';
import { AppError } from '../errors';
import { AdminError } from './admin-errors';

/** Sends a prompt now (delivery/send-prompt-now.ts, bound to the app's sender in the composition root). */
export type SendPromptNow = (programmeId: string, promptId: string) => Promise<SendNowResult>;

/** The reason `send` reports for participants whose roster e-mail is not matched yet (as the CLI does). */
const NOT_MATCHED = 'not matched';

const KNOWN: Record<string, AdminSendReasonCode> = {
  [NOT_INSTALLED]: 'notInstalled',
  [NOT_MATCHED]: 'notMatched',
  'serviceUrl not allowed': 'serviceUrlNotAllowed',
  [CLAIM_EXPIRED_REASON]: 'claimExpired',
};

/**
 * A coordinator's "send now": runs the send and answers with the summary of
 * all the prompt's deliveries, counted as `npm run programme -- send` prints
 * them. Outside the prompt's window, or for a prompt that is not stored, it
 * refuses with a coded error (nothing sent).
 */
export async function sendNow(send: SendPromptNow, programmeId: string, promptId: string): Promise<AdminSendNowResponse> {
  const result = await send(programmeId, promptId);
  switch (result.status) {
    case 'unknownProgramme':
      throw new AppError('NOT_FOUND', `no programme ${programmeId}`);
    case 'unknownPrompt':
      throw new AppError('NOT_FOUND', `no prompt ${promptId} in ${programmeId}`);
    case 'notOpen':
      throw new AdminError('PROMPT_NOT_OPEN', { sendAt: result.sendAt });
    case 'closed':
      throw new AdminError('PROMPT_CLOSED', { dueAt: result.dueAt });
    case 'done': {
      const { summary, notMatched } = result;
      const unreachable: ReasonCount[] = [...summary.unreachable, ...(notMatched ? [{ reason: NOT_MATCHED, count: notMatched }] : [])];
      const reasons: AdminSendReason[] = [
        ...summary.failed.map((r) => reasonOf('failed', r)),
        ...unreachable.map((r) => reasonOf('unreachable', r)),
        ...summary.unknown.map((r) => reasonOf('unknown', r)),
      ];
      return {
        programmeId,
        promptId,
        sent: summary.sent,
        failed: total(summary.failed),
        unreachable: total(unreachable),
        unknown: total(summary.unknown),
        waiting: summary.waiting,
        reasons,
      };
    }
  }
}

function reasonOf(state: AdminSendReason['state'], { reason, count }: ReasonCount): AdminSendReason {
  const code = KNOWN[reason];
  return code ? { state, code, count } : { state, code: 'other', detail: reason, count };
}
