import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { t } from '../bot/src/i18n';
import { invokeResponseCard, teamsCardInvoke } from '../bot/src/testing/card-invokes';
import { jsonPoster } from './http-client';
import { procCpuMs } from './ingest-azurite';
import { answerText, cardMessageId, cardRefOf, partyOf, ratingOf } from './ingest-people';
import { runConcurrently } from './load-clients';

/**
 * The ingest bench's Teams stand-in: concurrent clients that post
 * `adaptiveCard/action` invokes, in a worker thread. Teams is remote: its
 * clients should not take the CPU of the app's event loop (as Azurite runs
 * in its own process, and the raw upserts' loop costs next to nothing).
 */
export interface ClientRound {
  promptId: string;
  /** The data of the card's Action.Execute, as the app wrote it; Teams adds the inputs. */
  cardData: Record<string, unknown>;
  /** People `from` .. `from + count - 1` answer. */
  from: number;
  count: number;
  concurrency: number;
}

export interface ClientRoundResult {
  latenciesMs: number[];
  /** Answered with the receipt. */
  direct: number;
  /** Answered with the "saving" card (the receipt comes later as a card update). */
  saving: number;
  /** Anything else: status and the start of the card. */
  other: string[];
  /** CPU time the clients' thread used in the round (Linux), in ms. */
  cpuMs?: number;
}

interface WorkerSetup {
  kind: 'ingest-clients';
  url: string;
  serviceUrl: string;
  sockets: number;
}

export interface IngestClients {
  run(round: ClientRound): Promise<ClientRoundResult>;
  close(): Promise<void>;
}

/** Starts the client worker (needs the compiled bench: it loads this file's .js). */
export function startIngestClients(url: string, serviceUrl: string, sockets: number): IngestClients {
  const setup: WorkerSetup = { kind: 'ingest-clients', url, serviceUrl, sockets };
  const worker = new Worker(__filename, { workerData: setup });
  let failure: Error | undefined;
  const waiting: Array<{ resolve: (r: ClientRoundResult) => void; reject: (e: Error) => void }> = [];
  const fail = (err: Error) => {
    failure = err;
    for (const w of waiting.splice(0)) w.reject(err);
  };
  worker.on('message', (result: ClientRoundResult) => waiting.shift()?.resolve(result));
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`ingest clients exited (${code})`)));
  return {
    run(round) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(round);
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}

const SAVING_MARK = t('sv', 'prompt.saving.heading');

function serveRounds(setup: WorkerSetup): void {
  const client = jsonPoster(setup.url, setup.sockets);
  parentPort!.on('message', (round: ClientRound) => {
    const result: ClientRoundResult = { latenciesMs: [], direct: 0, saving: 0, other: [] };
    const cpu0 = procCpuMs('/proc/thread-self/stat');
    void runConcurrently(round.count, round.concurrency, async (n) => {
      const i = round.from + n;
      // What Teams sends: the data of the card this person got (with its chat's tag) and the inputs.
      const data = { ...round.cardData, ref: cardRefOf(i, setup.serviceUrl), q_q1: answerText(i), q_q2: ratingOf(i) };
      const activity = teamsCardInvoke(partyOf(i, setup.serviceUrl), 'answerPrompt', data, cardMessageId(round.promptId, i));
      const res = await client.post(activity);
      const card = JSON.stringify(invokeResponseCard(res.body) ?? null);
      if (res.status === 200 && card.includes('"verb":"editAnswer"')) result.direct++;
      else if (res.status === 200 && card.includes(SAVING_MARK)) result.saving++;
      else result.other.push(`${res.status} ${card.slice(0, 200)}`);
    }).then(
      ({ latenciesMs }) => {
        const cpu1 = procCpuMs('/proc/thread-self/stat');
        parentPort!.postMessage({ ...result, latenciesMs, cpuMs: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 });
      },
      (err: unknown) => parentPort!.postMessage({ ...result, other: [...result.other, `client error: ${String(err)}`] }),
    );
  });
}

if (!isMainThread && (workerData as Partial<WorkerSetup> | undefined)?.kind === 'ingest-clients') serveRounds(workerData as WorkerSetup);
