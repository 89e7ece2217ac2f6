import { silentLogger } from '../bot/src/logger';
import { createSchedulerRunner } from '../bot/src/scheduler/scheduler-runner';
import { createTableRepositories } from '../bot/src/storage';
import { createAdapter } from '../bot/src/teams/adapter';
import { createProactiveSender } from '../bot/src/teams/proactive-sender';
import { startConnectorFake } from '../bot/src/testing/connector-fake';
import { DELIVERY_NOW, seedDeliveryProgramme } from '../bot/src/testing/delivery-fixture';
import { startAzurite } from '../test/azurite';
import { numberFlags } from './bench-args';

/**
 * `npm run bench -- fanout [--rate 25] [--recipients 2000] [--share 0.05] [--latency 20] [--concurrency 64]`
 *
 * One scheduler pass sends a prompt to every enrolled participant (all with
 * stored conversations) through the real sender and a CloudAdapter, to the
 * connector fake on loopback, which enforces the per-tenant rate and 7/s
 * per conversation and answers `share` of the calls within the rate with
 * `429 Retry-After: 1`. Storage is Azurite, in-process. The pass is timed
 * from its start (loading the programme, recording the deliveries) to the
 * last outcome recorded. `minimum_seconds` = recipients × 1.05 ÷ rate: the
 * calls that must be made (the 5 % 429s are retried) at the permitted rate.
 */
export async function fanoutBench(args: readonly string[]): Promise<Record<string, unknown>> {
  const flags = numberFlags(args, { rate: 25, recipients: 2000, share: 0.05, latency: 20, concurrency: 64 });
  const logger = silentLogger();
  const azurite = await startAzurite();
  const fake = await startConnectorFake({
    limits: { perTenantPerSecond: flags.rate, perConversationPerSecond: 7 },
    inject429: { share: flags.share, retryAfterSeconds: 1 },
    latencyMs: flags.latency,
    keepBodies: false,
  });
  try {
    const repos = await createTableRepositories({ connectionString: azurite.connectionString, tablePrefix: 'bench' });
    const seeded = await seedDeliveryProgramme(repos, { participants: flags.recipients, serviceUrl: fake.url, concurrency: 50 });
    const sender = createProactiveSender({
      adapter: createAdapter({}, logger),
      serviceUrlPolicy: { production: false },
      rates: { perTenantPerSecond: flags.rate, perConversationPerSecond: 7 },
      logger,
    });
    const started = performance.now();
    // The programme's clock: the prompt has just opened, and time moves on as it does here.
    const clock = () => new Date(DELIVERY_NOW.getTime() + (performance.now() - started));
    const runner = createSchedulerRunner({
      repos,
      sender,
      clock,
      logger,
      instanceId: 'bench',
      tickMs: 1000,
      concurrency: flags.concurrency,
    });
    const report = await runner.runOnce();
    const seconds = (performance.now() - started) / 1000;
    const minimum = (flags.recipients * 1.05) / flags.rate;
    const conversationIds = seeded.conversations.map((c) => c.conversationId);
    return {
      bench: 'fanout',
      recipients: flags.recipients,
      seconds: round(seconds, 2),
      minimum_seconds: round(minimum, 2),
      ratio: round(seconds / minimum, 3),
      duplicates: fake.duplicates().conversations,
      lost: fake.lost(conversationIds).length,
      over_rate: fake.stats.overRate,
      rate: flags.rate,
      calls: fake.stats.sendCalls,
      injected_429: fake.stats.injected429,
      retry_after_violations: fake.stats.retryAfterViolations,
      first_call_after_seconds: round((fake.stats.firstCallAt - started) / 1000, 2),
      last_call_before_end_seconds: round((started + seconds * 1000 - fake.stats.lastCallAt) / 1000, 2),
      recorded: {
        sent: report.sent,
        failed: report.failed,
        unknown: report.unknown,
        unreachable: report.unreachable,
        interrupted: report.interrupted,
        skipped: report.skipped,
        errors: report.errors,
      },
    };
  } finally {
    await fake.close();
    await azurite.close();
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
