import { promptSubject, type DeliveryKey } from '../domain/delivery';
import { localToInstant } from '../domain/time';
import { recipientsFor } from '../scheduler/recipients';
import type { DeliveryDeps } from './delivery-deps';
import { summariseDeliveries, type DeliverySummary } from './delivery-summary';
import { fanOut, type FanOutReport } from './fan-out';
import { itemsToSendAtOnce } from './send-at-once';

export type SendNowResult =
  | {
      status: 'done';
      summary: DeliverySummary;
      /** Participants whose roster e-mail is not matched to a Teams account yet. */ notMatched: number;
      report: FanOutReport;
    }
  | { status: 'unknownProgramme' }
  | { status: 'unknownPrompt' }
  /** Answers are taken only from the send time on, so it is not sent earlier. */
  | { status: 'notOpen'; sendAt: string }
  | { status: 'closed'; dueAt: string };

/**
 * A coordinator's "send this prompt now": every enrolled participant gets it
 * through the same delivery records as the scheduler, so nobody gets it
 * twice (those already sent to are left alone; unreachable people are tried
 * again at once). Returns the summary of all the prompt's deliveries.
 */
export async function sendPromptNow(deps: DeliveryDeps, programmeId: string, promptId: string): Promise<SendNowResult> {
  const { repos } = deps;
  const loaded = await repos.programmes.load(programmeId);
  if (!loaded) return { status: 'unknownProgramme' };
  const prompt = loaded.prompts.find((p) => p.id === promptId);
  if (!prompt) return { status: 'unknownPrompt' };
  const zone = loaded.programme.timeZone;
  const now = deps.clock();
  const sendAt = localToInstant(prompt.sendAt, zone).toMillis();
  const dueAt = localToInstant(prompt.dueAt, zone).toMillis();
  if (now.getTime() < sendAt) return { status: 'notOpen', sendAt: prompt.sendAt };
  if (now.getTime() >= dueAt) return { status: 'closed', dueAt: prompt.dueAt };

  const enrolments = await repos.enrolments.listByProgramme(programmeId);
  const subject = promptSubject(prompt.id);
  const existing = await repos.deliveries.listBySubject(programmeId, subject);
  const keys = recipientsFor(enrolments, 'prompt').map((person): DeliveryKey => ({ programmeId, kind: 'prompt', subject, person }));
  const window = { scheduledAt: new Date(sendAt).toISOString(), expiresAt: new Date(dueAt).toISOString() };
  const items = await itemsToSendAtOnce(repos, keys, existing, window, now);
  const report = await fanOut(items, { deps, snapshot: { ...loaded, enrolments } });

  const after = (await repos.deliveries.listBySubject(programmeId, subject)).filter((r) => r.kind === 'prompt');
  const notMatched = enrolments.filter((e) => e.role === 'participant' && !e.person).length;
  return { status: 'done', summary: summariseDeliveries(after, deps.clock()), notMatched, report };
}
