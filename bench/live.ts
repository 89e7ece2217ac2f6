import { performance } from 'node:perf_hooks';
import { startApp } from '../bot/src/app';
import type { LiveRunView } from '../bot/src/api/live-contract';
import { DEV_TENANT_ID } from '../bot/src/auth/dev-people';
import { loadConfig } from '../bot/src/config';
import type { Programme, Session } from '../bot/src/domain/model';
import { silentLogger } from '../bot/src/logger';
import { adaptiveCardOf, cardTexts } from '../bot/src/testing/card-inspect';
import { startConnectorFake } from '../bot/src/testing/connector-fake';
import { meetingBotAdded, meetingCardInvoke, teamsMeeting } from '../bot/src/testing/meeting-activities';
import { memberOf, teamsParty, type TeamsParty } from '../bot/src/testing/teams-activities';
import { startAzurite } from '../test/azurite';
import { jsonPoster } from './http-client';

/**
 * `npm run bench -- live [--people 300] [--seconds 10] [--interval 3]`:
 * the whole app (startApp: HTTP server, bot, live service) on Azurite, the
 * Bot Connector fake as Teams. A facilitator binds a meeting and starts a
 * live rating prompt through the tab API; then `people` participants answer
 * it with Teams-shaped `adaptiveCard/action` invokes posted to
 * /api/messages, spread evenly over `seconds`. Prints one JSON line:
 * answers sent, answers counted in storage, how often the results card in
 * the meeting chat was updated (the connector fake records every activity
 * update), the smallest gap between two updates (the bound is `interval`
 * seconds), the count the last card shows, and the invoke latency p99.
 */
const PROGRAMME_ID = 'bench-live';

export async function liveBench(flags: { people: number; seconds: number; interval: number }): Promise<Record<string, unknown>> {
  const azurite = await startAzurite();
  const connector = await startConnectorFake();
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  const facilitator = teamsParty({
    aadObjectId: '00000000-0000-0000-0000-0000000000020',
    userName: 'Alex Wilber',
    serviceUrl: connector.url,
  });
  const participants: TeamsParty[] = Array.from({ length: flags.people }, (_, i) =>
    teamsParty({
      tenantId: DEV_TENANT_ID,
      userId: `29:bench-live-${i}`,
      aadObjectId: `00000000-0000-0000-0001-${String(i).padStart(12, '0')}`,
      userName: `Deltagare ${i}`,
      email: `deltagare${i}@example.org`,
      serviceUrl: connector.url,
    }),
  );
  connector.members = [facilitator, ...participants].map(memberOf);
  connector.meetingRoles.set(facilitator.aadObjectId, 'Organizer');

  const config = loadConfig({
    environment: {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: `benchlive${Date.now().toString(36)}`,
      LIVE_RESULTS_INTERVAL_SECONDS: String(flags.interval),
      LOG_LEVEL: 'error',
    },
  });
  const app = await startApp({ config, logger: silentLogger() });
  const poster = jsonPoster(`${app.url}/api/messages`, 64);
  try {
    await seed(app.repos, day, facilitator, participants);
    const meeting = teamsMeeting();
    const added = await poster.post(meetingBotAdded(facilitator, meeting));
    if (added.status !== 200) throw new Error(`adding the bot to the meeting answered ${added.status}`);

    const token = await devToken(app.url, facilitator.aadObjectId);
    const api = (method: string, path: string, body: unknown) =>
      fetch(`${app.url}/api/live/meetings/${encodeURIComponent(meeting.chatId)}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const bound = await api('PUT', '/binding', { programmeId: PROGRAMME_ID, sessionNumber: 1 });
    if (bound.status !== 200) throw new Error(`binding answered ${bound.status}: ${await bound.text()}`);
    const started = await api('POST', '/runs', { livePromptId: 'energy' });
    if (started.status !== 201) throw new Error(`starting the live prompt answered ${started.status}: ${await started.text()}`);
    const { runId } = (await started.json()) as LiveRunView;
    const run = await app.repos.live.getRun(PROGRAMME_ID, 1, runId);

    // Answers spread evenly over the window, each sent at its time whatever the others are doing.
    const spacing = (flags.seconds * 1000) / flags.people;
    const began = performance.now();
    const latencies: number[] = [];
    let errors = 0;
    await Promise.all(
      participants.map(async (party, i) => {
        const wait = began + i * spacing - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const data = { verb: 'liveAnswer', programmeId: PROGRAMME_ID, sessionNumber: 1, runId, locale: 'sv', answer: String((i % 5) + 1) };
        const sent = performance.now();
        const res = await poster.post(meetingCardInvoke(party, meeting, 'liveAnswer', data, run?.cardActivityId ?? '1:card'));
        latencies.push(performance.now() - sent);
        const body = res.body as { statusCode?: number; value?: unknown } | undefined;
        if (res.status !== 200 || body?.statusCode !== 200) errors++;
      }),
    );
    const answeredIn = (performance.now() - began) / 1000;
    await app.liveIdle();

    const counted = (await app.repos.live.listAnswers(PROGRAMME_ID, 1, runId)).length;
    const updates = connector.updates.filter((u) => u.conversationId === meeting.chatId && u.activityId === run?.resultsActivityId);
    const gaps = updates.slice(1).map((u, i) => u.at - updates[i].at);
    const lastTexts = updates.length ? cardTexts(adaptiveCardOf(updates[updates.length - 1].activity)) : [];
    const shown = lastTexts.map((text) => /^(\d+) svar$/.exec(text)).find((m) => m)?.[1];
    latencies.sort((a, b) => a - b);
    return {
      bench: 'live',
      answers: flags.people,
      counted,
      card_updates: updates.length,
      p99_ms: round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]),
      seconds: round(answeredIn),
      interval_s: flags.interval,
      min_update_gap_ms: gaps.length ? round(Math.min(...gaps)) : null,
      last_card_shows: shown ? Number(shown) : null,
      errors,
    };
  } finally {
    poster.close();
    await app.close();
    await connector.close();
    await azurite.close();
  }
}

async function seed(
  repos: Awaited<ReturnType<typeof startApp>>['repos'],
  day: string,
  facilitator: TeamsParty,
  participants: TeamsParty[],
) {
  const programme: Programme = {
    id: PROGRAMME_ID,
    name: { sv: 'Mätprogram', en: 'Bench programme' },
    defaultLocale: 'sv',
    timeZone: 'Europe/Stockholm',
    departments: [],
    joinCode: 'BENCHLIV',
  };
  const session: Session = {
    programmeId: PROGRAMME_ID,
    number: 1,
    title: { sv: 'Träff 1', en: 'Session 1' },
    start: `${day}T00:00`,
    end: `${day}T23:59`,
    materials: [],
    agenda: [],
    livePrompts: [{ id: 'energy', type: 'rating', question: { sv: 'Hur mycket energi har du?', en: 'How much energy do you have?' } }],
  };
  await repos.programmes.save(programme, [session], []);
  const enrol = (party: TeamsParty, role: 'facilitator' | 'participant') =>
    repos.enrolments.put({
      programmeId: PROGRAMME_ID,
      role,
      displayName: party.userName,
      person: { tenantId: party.tenantId, objectId: party.aadObjectId },
      source: 'joinCode',
      enrolledAt: new Date().toISOString(),
    });
  await enrol(facilitator, 'facilitator');
  for (let i = 0; i < participants.length; i += 25) await Promise.all(participants.slice(i, i + 25).map((p) => enrol(p, 'participant')));
}

async function devToken(base: string, objectId: string): Promise<string> {
  const res = await fetch(`${base}/api/dev-auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ objectId }),
  });
  if (!res.ok) throw new Error(`dev token answered ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const round = (n: number) => Math.round(n * 10) / 10;
