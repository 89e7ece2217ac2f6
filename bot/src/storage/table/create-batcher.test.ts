import { AppError } from '../../errors';
import { CreateBatcher, type CreateSender } from './create-batcher';

interface Row {
  rowKey: string;
}

/** A sender whose requests the test ends by hand, and that keeps what it was sent. */
function fakeSender() {
  const stored = new Set<string>();
  const requests: Array<{ rows: string[]; end(error?: unknown): void }> = [];
  let version = 0;
  const request = <T>(rows: string[], commit: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      requests.push({
        rows,
        end: (error) => {
          if (error) return reject(error);
          try {
            resolve(commit());
          } catch (err) {
            reject(err);
          }
        },
      });
    });
  const exists = (rowKey: string) =>
    new AppError('STORAGE_ALREADY_EXISTS', `${rowKey} exists`, { details: { statusCode: 409, code: 'EntityAlreadyExists' } });
  const sender: CreateSender<Row> = {
    one: (row) =>
      request([row.rowKey], () => {
        if (stored.has(row.rowKey)) throw exists(row.rowKey);
        stored.add(row.rowKey);
        return `etag-${row.rowKey}-${++version}`;
      }),
    many: (rows) =>
      request(
        rows.map((r) => r.rowKey),
        () => {
          const taken = rows.find((r) => stored.has(r.rowKey));
          if (taken) throw exists(taken.rowKey);
          for (const r of rows) stored.add(r.rowKey);
          return rows.map((r) => `etag-${r.rowKey}-${++version}`);
        },
      ),
  };
  /** Lets queued promise callbacks run. */
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  return { sender, requests, stored, tick };
}

function create(batcher: CreateBatcher<Row>, rowKey: string, partition = 'p', bytes = 100) {
  const outcome = batcher.create(partition, rowKey, { rowKey }, bytes);
  const settled: { etag?: string; error?: unknown } = {};
  outcome.then(
    (etag) => (settled.etag = etag),
    (error: unknown) => (settled.error = error),
  );
  return settled;
}

describe('CreateBatcher', () => {
  it('sends a create at once when nothing is in flight for its partition', async () => {
    const { sender, requests, tick } = fakeSender();
    const batcher = new CreateBatcher(sender, { maxInFlight: 1 });
    const a = create(batcher, 'a');
    expect(requests.map((r) => r.rows)).toEqual([['a']]);
    requests[0].end();
    await tick();
    expect(a.etag).toMatch(/^etag-a-/);
  });

  it('gathers the creates that arrive meanwhile into one transaction, each RowKey once per round', async () => {
    const { sender, requests, tick } = fakeSender();
    const batcher = new CreateBatcher(sender, { maxInFlight: 1 });
    const first = create(batcher, 'a');
    const rest = ['b', 'c', 'b', 'd'].map((key) => create(batcher, key));
    const other = create(batcher, 'x', 'another partition');
    expect(requests.map((r) => r.rows)).toEqual([['a'], ['x']]);
    requests[0].end();
    await tick();
    expect(first.etag).toBeDefined();
    expect(requests[2].rows).toEqual(['b', 'c', 'd']);
    expect(rest.every((r) => r.etag === undefined && r.error === undefined)).toBe(true);
    requests[2].end();
    await tick();
    expect([rest[0], rest[1], rest[3]].map((r) => r.etag)).toEqual([
      expect.stringMatching(/^etag-b-/),
      expect.stringMatching(/^etag-c-/),
      expect.stringMatching(/^etag-d-/),
    ]);
    // The second "b" went in the next round, alone, and found its row taken.
    expect(requests[3].rows).toEqual(['b']);
    requests[3].end();
    await tick();
    expect(rest[2].error).toMatchObject({ code: 'STORAGE_ALREADY_EXISTS' });
    expect(other.etag).toBeUndefined();
  });

  it('creates each row on its own when the service refuses the transaction, so only the existing row fails', async () => {
    const { sender, requests, stored, tick } = fakeSender();
    stored.add('c');
    const batcher = new CreateBatcher(sender, { maxInFlight: 1 });
    create(batcher, 'a');
    const rest = ['b', 'c', 'd'].map((key) => create(batcher, key));
    requests[0].end();
    await tick();
    requests[1].end();
    await tick();
    expect(requests.slice(2).map((r) => r.rows)).toEqual([['b'], ['c'], ['d']]);
    for (const r of requests.slice(2)) r.end();
    await tick();
    expect(rest.map((r) => (r.etag ? 'ok' : (r.error as AppError).code))).toEqual(['ok', 'STORAGE_ALREADY_EXISTS', 'ok']);
  });

  it('fails every create of a transaction that timed out or met a server error, and sends none of them again', async () => {
    const { sender, requests, tick } = fakeSender();
    const batcher = new CreateBatcher(sender, { maxInFlight: 1 });
    create(batcher, 'a');
    const rest = ['b', 'c'].map((key) => create(batcher, key));
    requests[0].end();
    await tick();
    const down = new AppError('STORAGE_UNAVAILABLE', 'timed out');
    requests[1].end(down);
    await tick();
    expect(rest.map((r) => r.error)).toEqual([down, down]);
    expect(requests).toHaveLength(2);
  });

  it('keeps a transaction within the row and size limits', async () => {
    const { sender, requests, tick } = fakeSender();
    const batcher = new CreateBatcher(sender, { maxInFlight: 1, maxRows: 3, maxBytes: 250 });
    create(batcher, 'first');
    for (const key of ['a', 'b', 'c', 'd']) create(batcher, key);
    create(batcher, 'big', 'p', 1_000);
    requests[0].end();
    await tick();
    expect(requests[1].rows).toEqual(['a', 'b']);
    requests[1].end();
    await tick();
    expect(requests[2].rows).toEqual(['c', 'd']);
    requests[2].end();
    await tick();
    // A row larger than the budget still goes, alone.
    expect(requests[3].rows).toEqual(['big']);
  });

  it('keeps at most maxInFlight requests out per partition', async () => {
    const { sender, requests, tick } = fakeSender();
    const batcher = new CreateBatcher(sender, { maxInFlight: 2 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) create(batcher, key);
    expect(requests.map((r) => r.rows)).toEqual([['a'], ['b']]);
    requests[1].end();
    await tick();
    expect(requests.map((r) => r.rows)).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
  });
});
