import { startConnectorFake, type ConnectorFake, type ConnectorFakeOptions } from './connector-fake';

/** The connector fake's Teams-like behaviour under load, driven with plain HTTP. */

let fake: ConnectorFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: ConnectorFakeOptions) {
  fake = await startConnectorFake(options);
  return fake;
}

async function post(conversationId: string, tenantId = 't1') {
  const res = await fetch(`${fake!.url}v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text: 'x', conversation: { id: conversationId, tenantId } }),
  });
  await res.arrayBuffer();
  return { status: res.status, retryAfter: res.headers.get('retry-after') };
}

describe('connector fake limits', () => {
  it('answers calls above the per-tenant rate with 429 Retry-After and counts them', async () => {
    await start({ limits: { perTenantPerSecond: 5 } });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => post(`a:${i}`)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    expect(results.filter((r) => r.status === 429 && r.retryAfter === '1')).toHaveLength(3);
    expect(fake!.stats).toMatchObject({ sendCalls: 8, delivered: 5, overRate: 3 });
    // Another tenant has its own budget.
    expect((await post('a:other', 't2')).status).toBe(201);
  });

  it('enforces the per-conversation rate separately', async () => {
    await start({ limits: { perTenantPerSecond: 100, perConversationPerSecond: 2 } });
    const results = [];
    for (let i = 0; i < 3; i++) results.push((await post('a:same')).status);
    expect(results).toEqual([201, 201, 429]);
    expect(fake!.stats.overRate).toBe(1);
  });

  it('injects 429s into the given share of calls within the rate', async () => {
    let n = 0;
    await start({ inject429: { share: 0.25, retryAfterSeconds: 1, random: () => [0.1, 0.9, 0.9, 0.9][n++ % 4] } });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => post(`a:${i}`)));
    expect(results.map((r) => r.status).filter((s) => s === 429)).toHaveLength(2);
    expect(fake!.stats).toMatchObject({ injected429: 2, delivered: 6, overRate: 0 });
  });

  it('counts a call that comes back before its Retry-After has passed', async () => {
    await start({ respond: ({ attempt }) => (attempt === 1 ? { status: 429, retryAfter: 1 } : undefined) });
    expect((await post('a:1')).status).toBe(429);
    expect((await post('a:1')).status).toBe(429);
    expect(fake!.stats).toMatchObject({ retryAfterViolations: 1, scripted: 1, delivered: 0 });
  });

  it('counts duplicates and lost recipients from the accepted sends', async () => {
    await start({});
    await post('a:1');
    await post('a:1');
    await post('a:2');
    expect(fake!.duplicates()).toEqual({ conversations: 1, extra: 1 });
    expect(fake!.lost(['a:1', 'a:2', 'a:3'])).toEqual(['a:3']);
    fake!.reset();
    expect(fake!.stats.delivered).toBe(0);
    expect(fake!.duplicates()).toEqual({ conversations: 0, extra: 0 });
  });
});
