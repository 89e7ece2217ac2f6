import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StoredConversation } from '../domain/model';
import type { MessageSender } from '../delivery/message-sender';
import { silentLogger } from '../logger';
import { conversationOf, personAt } from '../testing/delivery-fixture';
import { startConnectorFake, type ConnectorFake, type ConnectorFakeOptions, type ScriptedResponse } from '../testing/connector-fake';
import { createAdapter } from './adapter';
import { createProactiveSender, type ProactiveSenderOptions } from './proactive-sender';

/** The sender over a real CloudAdapter (anonymous) against the connector fake on loopback. */

const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hej' }] };
let fake: ConnectorFake | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(fakeOptions: ConnectorFakeOptions = {}, senderOptions: Partial<ProactiveSenderOptions> = {}) {
  fake = await startConnectorFake(fakeOptions);
  const sender: MessageSender = createProactiveSender({
    adapter: createAdapter({}, silentLogger()),
    serviceUrlPolicy: { production: false },
    rates: { perTenantPerSecond: 500, perConversationPerSecond: 100 },
    retry: { baseDelayMs: 10, maxDelayMs: 40 },
    logger: silentLogger(),
    ...senderOptions,
  });
  const to = (i: number): StoredConversation => conversationOf(personAt(i), i, fake!.url);
  return { fake, sender, to };
}

const scriptFor = (byAttempt: Record<number, ScriptedResponse>) => (call: { attempt: number }) => byAttempt[call.attempt];

describe('proactive sender', () => {
  it('posts the card with its summary into the stored conversation and returns the activity id', async () => {
    const { fake, sender, to } = await setup();
    const outcome = await sender.send(to(1), { card, summary: 'Ny uppgift: Reflektion' });
    expect(outcome).toEqual({ status: 'sent', activityId: fake.activities[0].id, attempts: 1 });
    expect(fake.activities[0]).toMatchObject({
      conversationId: 'a:conv-1',
      activity: {
        type: 'message',
        summary: 'Ny uppgift: Reflektion',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
        conversation: { id: 'a:conv-1', tenantId: personAt(1).tenantId },
      },
    });
    expect(fake.activities[0].authorization).toBeUndefined();
  });

  it('honours Retry-After on a 429 and then delivers once', async () => {
    const { fake, sender, to } = await setup({ respond: scriptFor({ 1: { status: 429, retryAfter: 1 } }) });
    const started = Date.now();
    const outcome = await sender.send(to(2), { card });
    expect(outcome).toMatchObject({ status: 'sent', attempts: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(fake.stats).toMatchObject({ sendCalls: 2, delivered: 1, retryAfterViolations: 0 });
  });

  it.each([412, 502, 503, 504])('backs off and retries on %i', async (status) => {
    const { fake, sender, to } = await setup({ respond: scriptFor({ 1: { status }, 2: { status } }) });
    expect(await sender.send(to(3), { card })).toMatchObject({ status: 'sent', attempts: 3 });
    expect(fake.stats.delivered).toBe(1);
  });

  it('gives up after the bounded number of attempts', async () => {
    const { fake, sender, to } = await setup(
      { respond: () => ({ status: 503 }) },
      { retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 10 } },
    );
    expect(await sender.send(to(4), { card })).toEqual({
      status: 'failed',
      reason: 'gave up after 3 attempts: http 503 Status503',
      attempts: 3,
    });
    expect(fake.stats.sendCalls).toBe(3);
  });

  it.each([
    [403, 'ConversationBlockedByUser'],
    [404, 'ConversationNotFound'],
    [400, 'BadArgument'],
    [413, 'MessageSizeTooBig'],
  ])('records %i %s as final without retrying', async (status, code) => {
    const { fake, sender, to } = await setup({ respond: () => ({ status, code }) });
    expect(await sender.send(to(5), { card })).toEqual({ status: 'failed', reason: `http ${status} ${code}`, attempts: 1 });
    expect(fake.stats.sendCalls).toBe(1);
  });

  it('refuses a serviceUrl that is not allowed, without any call', async () => {
    const { fake, sender, to } = await setup({}, { serviceUrlPolicy: { production: true } });
    expect(await sender.send(to(6), { card })).toEqual({ status: 'failed', reason: 'serviceUrl not allowed', attempts: 0 });
    const elsewhere = { ...to(6), serviceUrl: 'https://connector.evil.example/' };
    expect(await sender.send(elsewhere, { card })).toMatchObject({ status: 'failed', reason: 'serviceUrl not allowed' });
    expect(fake.stats.sendCalls).toBe(0);
  });

  it('reports a connection lost mid-request as unknown, and retries a refused connection', async () => {
    const { sender, to } = await setup();
    const resetting = await resettingServer();
    try {
      const lost = await sender.send({ ...to(7), serviceUrl: resetting.url }, { card });
      expect(lost).toEqual({ status: 'unknown', reason: 'network ECONNRESET', attempts: 1 });
    } finally {
      await resetting.close();
    }
    const refused = await sender.send({ ...to(7), serviceUrl: 'http://127.0.0.1:1/' }, { card });
    expect(refused).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^gave up after 6 attempts: network ECONNREFUSED/) });
  });

  it('reports a call that does not answer in time as unknown, without retrying it', async () => {
    const silent = http.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { sender, to } = await setup({}, { callTimeoutMs: 100 });
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
      expect(await sender.send({ ...to(9), serviceUrl: url }, { card })).toEqual({
        status: 'unknown',
        reason: 'network TIMEOUT',
        attempts: 1,
      });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('sends nothing once stopped', async () => {
    const { fake, sender, to } = await setup();
    const stop = new AbortController();
    stop.abort();
    expect(await sender.send(to(8), { card }, { signal: stop.signal })).toEqual({ status: 'notSent', reason: 'stopped', attempts: 0 });
    expect(fake.stats.sendCalls).toBe(0);
  });

  it('keeps to the per-tenant and per-conversation rates the connector enforces', async () => {
    const { fake, sender, to } = await setup(
      { limits: { perTenantPerSecond: 50, perConversationPerSecond: 7 } },
      { rates: { perTenantPerSecond: 50, perConversationPerSecond: 7 } },
    );
    const started = Date.now();
    const sends = [...Array.from({ length: 40 }, (_, i) => to(100 + i)), ...Array.from({ length: 5 }, () => to(200))];
    const outcomes = await Promise.all(sends.map((c) => sender.send(c, { card })));
    expect(outcomes.every((o) => o.status === 'sent' && o.attempts === 1)).toBe(true);
    expect(fake.stats).toMatchObject({ overRate: 0, delivered: 45 });
    // 45 calls at 50/s after a burst of 10, and 5 calls in one conversation at 7/s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(560);
  });
});

/** A server that drops every connection after reading the request. */
async function resettingServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req) => req.socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
