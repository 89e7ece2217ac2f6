import { ClaimsIdentity, type AuthenticateRequestResult } from 'botframework-connector';
import { silentLogger } from '../logger';
import { teamsParty } from '../testing/teams-activities';
import { teamsCardInvoke } from '../testing/card-invokes';
import { createMessagesHandler, type MessagesResponse } from './messages-endpoint';

/** How the endpoint writes an invoke response to a Node response (restify's is one). */

const accepted: AuthenticateRequestResult = {
  audience: 'https://api.botframework.com',
  callerId: 'urn:botframework:azure',
  claimsIdentity: new ClaimsIdentity([], 'anonymous'),
};

function nodeLikeResponse() {
  const written = { status: 0, headers: {} as Record<string, string>, chunks: [] as unknown[], sendCalls: 0 };
  const res: MessagesResponse = {
    socket: undefined,
    status: (code: number) => (written.status = code),
    header: () => undefined,
    setHeader: (name: string, value: string) => (written.headers[name.toLowerCase()] = value),
    send: () => written.sendCalls++,
    end: (chunk?: unknown) => chunk !== undefined && written.chunks.push(chunk),
  };
  return { res, written };
}

async function answerInvoke(body: unknown) {
  const handler = createMessagesHandler({
    adapter: { authenticate: async () => accepted, runAuthenticated: async () => ({ status: 200, body }) },
    bot: { run: async () => undefined },
    logger: silentLogger(),
  });
  const { res, written } = nodeLikeResponse();
  await handler({ body: teamsCardInvoke(teamsParty(), 'answerPrompt', {}, 'card-1'), headers: {}, method: 'POST' }, res);
  return written;
}

describe('messages endpoint invoke responses', () => {
  it('writes the invoke body once as JSON, with its content type, straight to a Node response', async () => {
    const card = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: { type: 'AdaptiveCard', body: ['å'] } };
    const written = await answerInvoke(card);
    expect(written.status).toBe(200);
    expect(written.headers['content-type']).toBe('application/json');
    expect(written.chunks).toEqual([JSON.stringify(card)]);
    expect(written.sendCalls).toBe(0);
  });
});
