import type { Locale } from '../bot/src/domain/locale';
import { formatLocal } from '../bot/src/domain/time';
import type { DeliverySummary, ReasonCount } from '../bot/src/delivery/delivery-summary';
import { total } from '../bot/src/delivery/delivery-summary';
import type { MessageSender } from '../bot/src/delivery/message-sender';
import { NOT_INSTALLED } from '../bot/src/delivery/reachability';
import { sendPromptNow } from '../bot/src/delivery/send-prompt-now';
import { CLAIM_EXPIRED_REASON } from '../bot/src/delivery/transitions';
import { t } from '../bot/src/i18n';
import type { Logger } from '../bot/src/logger';
import type { Repositories } from '../bot/src/storage/repositories';

export interface SendCommandInput {
  operands: string[];
  locale: Locale;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  now(): Date;
  repositories(): Promise<Repositories>;
  sender(): Promise<MessageSender>;
  logger: Logger;
  instanceId: string;
}

/**
 * `send PROGRAMME PROMPT`: sends an open prompt now to every enrolled
 * participant through the delivery records (so at most once each) and prints
 * the summary: sent, failed, unreachable and unknown, with reasons.
 * Exit 0 when the send ran (whatever each delivery's outcome), 1 when it
 * could not (no such programme or prompt, not open, storage down), 2 usage.
 */
export async function runSendCommand(input: SendCommandInput): Promise<number> {
  const { locale } = input;
  const say = (out: SendCommandInput['stdout'], key: string, params?: Record<string, string | number>) =>
    out.write(`${t(locale, key, params)}\n`);
  const [programmeId, promptId] = input.operands;
  if (!programmeId || !promptId) {
    say(input.stderr, 'delivery.cli.missingOperands');
    return 2;
  }
  try {
    const repos = await input.repositories();
    const sender = await input.sender();
    const result = await sendPromptNow(
      { repos, sender, clock: input.now, logger: input.logger, instanceId: input.instanceId },
      programmeId,
      promptId,
    );
    switch (result.status) {
      case 'unknownProgramme':
        say(input.stderr, 'delivery.cli.unknownProgramme', { id: programmeId });
        return 1;
      case 'unknownPrompt':
        say(input.stderr, 'delivery.cli.unknownPrompt', { programme: programmeId, id: promptId });
        return 1;
      case 'notOpen':
      case 'closed': {
        const programme = await repos.programmes.get(programmeId);
        const zone = programme?.timeZone ?? 'Europe/Stockholm';
        const when = formatLocal(result.status === 'notOpen' ? result.sendAt : result.dueAt, zone, locale);
        say(input.stderr, result.status === 'notOpen' ? 'delivery.cli.notOpen' : 'delivery.cli.closed', { id: promptId, when });
        return 1;
      }
      case 'done':
        printSummary(input, programmeId, promptId, result.summary, result.notMatched);
        return 0;
    }
  } catch (err) {
    say(input.stderr, 'delivery.cli.failed', { reason: err instanceof Error ? err.message : String(err) });
    return 1;
  }
}

function printSummary(input: SendCommandInput, programme: string, id: string, summary: DeliverySummary, notMatched: number): void {
  const { locale } = input;
  const unreachable: ReasonCount[] = [...summary.unreachable, ...(notMatched ? [{ reason: NOT_MATCHED, count: notMatched }] : [])];
  const counts = { sent: summary.sent, failed: total(summary.failed), unreachable: total(unreachable), unknown: total(summary.unknown) };
  const lines = [t(locale, 'delivery.cli.summary', { programme, id, ...counts })];
  const groups: Array<[string, ReasonCount[]]> = [
    ['failed', summary.failed],
    ['unreachable', unreachable],
    ['unknown', summary.unknown],
  ];
  for (const [state, reasons] of groups) {
    for (const { reason, count } of reasons) {
      lines.push(
        t(locale, 'delivery.cli.reasonLine', {
          state: t(locale, `delivery.cli.state.${state}`),
          reason: describeReason(reason, locale),
          count,
        }),
      );
    }
  }
  if (summary.waiting) lines.push(t(locale, 'delivery.cli.waiting', { count: summary.waiting }));
  input.stdout.write(`${lines.join('\n')}\n`);
}

const NOT_MATCHED = 'not matched';

/** Known reasons in the reader's language; others (HTTP statuses, Graph codes) as recorded. */
function describeReason(reason: string, locale: Locale): string {
  const known: Record<string, string> = {
    [NOT_INSTALLED]: 'delivery.reason.notInstalled',
    [NOT_MATCHED]: 'delivery.reason.notMatched',
    'serviceUrl not allowed': 'delivery.reason.serviceUrlNotAllowed',
    [CLAIM_EXPIRED_REASON]: 'delivery.reason.claimExpired',
  };
  return known[reason] ? t(locale, known[reason]) : reason;
}
