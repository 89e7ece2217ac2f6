import { AppError, isAppError } from '../../errors';
import { LIMITS } from '../limits';

/**
 * Group commit for creates in one partition: while `maxInFlight` requests
 * for a partition are out, further creates for it wait, and go together as
 * one transaction when a request comes back. A create that finds nothing in
 * flight goes at once, alone, so a quiet partition waits for nothing; a busy
 * one (a cohort answering a prompt: one partition per prompt) sends one
 * request per round instead of one per row.
 *
 * Each caller gets what its own create would have given:
 * - its row's ETag once the transaction is committed (nothing earlier);
 * - when the service refused the transaction (a 4xx but 408/429: nothing
 *   of it was stored; typically one row exists), every row is created again
 *   on its own, so only that row's caller gets STORAGE_ALREADY_EXISTS;
 * - on any other failure (timeout, throttling, 5xx, an answer that cannot
 *   be read) every caller gets that error: like a lone create that timed
 *   out, the rows may or may not exist, and none was acknowledged.
 * A row already waiting (the same RowKey twice) goes in a later round,
 * since a transaction touches each row once.
 */
export interface CreateSender<E> {
  /** Creates one row; resolves with its ETag. */
  one(entity: E): Promise<string>;
  /** Creates rows of one partition in one transaction; resolves with their ETags in order. */
  many(entities: E[]): Promise<string[]>;
}

export interface CreateBatcherOptions {
  /** Requests out at once per partition (default 1: bigger rounds, less work for the service per row). */
  maxInFlight?: number;
  /** Rows per transaction (at most Azure's 100). */
  maxRows?: number;
  /** Estimated bytes per transaction (Azure takes 4 MiB of payload; the estimate leaves room for its encoding). */
  maxBytes?: number;
}

interface Waiting<E> {
  rowKey: string;
  entity: E;
  bytes: number;
  resolve(etag: string): void;
  reject(err: unknown): void;
}

interface Partition<E> {
  inFlight: number;
  waiting: Array<Waiting<E>>;
}

export class CreateBatcher<E> {
  private readonly partitions = new Map<string, Partition<E>>();
  private readonly maxInFlight: number;
  private readonly maxRows: number;
  private readonly maxBytes: number;

  constructor(
    private readonly send: CreateSender<E>,
    options: CreateBatcherOptions = {},
  ) {
    this.maxInFlight = options.maxInFlight ?? 1;
    this.maxRows = Math.min(options.maxRows ?? LIMITS.maxTransactionActions, LIMITS.maxTransactionActions);
    this.maxBytes = options.maxBytes ?? LIMITS.maxTransactionBytes / 2;
  }

  create(partitionKey: string, rowKey: string, entity: E, bytes: number): Promise<string> {
    let partition = this.partitions.get(partitionKey);
    if (!partition) this.partitions.set(partitionKey, (partition = { inFlight: 0, waiting: [] }));
    const p = partition;
    return new Promise<string>((resolve, reject) => {
      p.waiting.push({ rowKey, entity, bytes, resolve, reject });
      this.drain(partitionKey, p);
    });
  }

  private drain(partitionKey: string, partition: Partition<E>): void {
    while (partition.inFlight < this.maxInFlight && partition.waiting.length > 0) {
      const round = this.takeRound(partition);
      partition.inFlight++;
      void this.commit(round).finally(() => {
        partition.inFlight--;
        if (partition.inFlight === 0 && partition.waiting.length === 0) this.partitions.delete(partitionKey);
        else this.drain(partitionKey, partition);
      });
    }
  }

  /** The waiting rows that fit one transaction, in arrival order; a RowKey already taken waits for a later round. */
  private takeRound(partition: Partition<E>): Array<Waiting<E>> {
    const round: Array<Waiting<E>> = [];
    const rows = new Set<string>();
    let bytes = 0;
    const later: Array<Waiting<E>> = [];
    for (const item of partition.waiting) {
      const fits = round.length < this.maxRows && (round.length === 0 || bytes + item.bytes <= this.maxBytes);
      if (fits && !rows.has(item.rowKey)) {
        round.push(item);
        rows.add(item.rowKey);
        bytes += item.bytes;
      } else later.push(item);
    }
    partition.waiting = later;
    return round;
  }

  private async commit(round: Array<Waiting<E>>): Promise<void> {
    if (round.length === 1) return this.alone(round[0]);
    let etags: string[];
    try {
      etags = await this.send.many(round.map((item) => item.entity));
    } catch (err) {
      if (refusedByService(err)) {
        // The transaction was refused as a whole (most likely one row exists): each row on its own gets its own answer.
        await Promise.all(round.map((item) => this.alone(item)));
      } else {
        for (const item of round) item.reject(err);
      }
      return;
    }
    if (etags.length !== round.length) {
      const err = new AppError('INTERNAL', `a transaction of ${round.length} creates returned ${etags.length} ETags`);
      for (const item of round) item.reject(err);
      return;
    }
    round.forEach((item, i) => item.resolve(etags[i]));
  }

  private async alone(item: Waiting<E>): Promise<void> {
    try {
      item.resolve(await this.send.one(item.entity));
    } catch (err) {
      item.reject(err);
    }
  }
}

/** The service answered the transaction with a refusal (4xx but timeout and throttling): nothing of it was stored. */
function refusedByService(err: unknown): boolean {
  if (!isAppError(err)) return false;
  const status = (err.details as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 408 && status !== 429;
}
