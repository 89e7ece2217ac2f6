import { AuthenticationError, ClaimsIdentity, type AuthenticateRequestResult } from 'botframework-connector';
import { silentLogger } from '../logger';
import { teamsMessage, teamsParty } from '../testing/teams-activities';
import type { TeamsCloudAdapter } from './adapter';
import { createMessagesHandler, type MessagesResponse } from './messages-endpoint';

/** The endpoint's answers to each outcome of authentication and the turn, with a scripted adapter. */

type Adapter = Pick<TeamsCloudAdapter, 'authenticate' | 'runAuthenticated'>;

function recordingResponse() {
  const sent = { status: 0, body: undefined as unknown, ended: false };
  const res: MessagesResponse = {
    socket: undefined,
    headersSent: false,
    status: (code: number) => (sent.status = code),
    header: () => undefined,
    send: (body: unknown) => (sent.body = body),
    end: () => (sent.ended = true),
  };
  return { res, sent };
}

const accepted: AuthenticateRequestResult = {
  audience: 'https://api.botframework.com',
  callerId: 'urn:botframework:azure',
  claimsIdentity: new ClaimsIdentity([], 'anonymous'),
};

async function handle(adapter: Partial<Adapter>, body: unknown = teamsMessage(teamsParty(), 'hej'), method = 'POST') {
  const run = jest.fn(async () => undefined);
  const full: Adapter = {
    authenticate: async () => accepted,
    runAuthenticated: async () => undefined,
    ...adapter,
  };
  const handler = createMessagesHandler({ adapter: full, bot: { run }, logger: silentLogger() });
  const { res, sent } = recordingResponse();
  await handler({ body, headers: { authorization: 'Bearer x' }, method }, res);
  return sent;
}

describe('messages endpoint answers', () => {
  it('401 with no body for any error while the token is checked, whatever its message', async () => {
    const forged = Object.assign(new Error('invalid signature'), { name: 'JsonWebTokenError' });
    for (const err of [forged, new AuthenticationError('Unauthorized. Invalid AppId passed on token: x', 401), new TypeError('boom')]) {
      expect(
        await handle({
          authenticate: async () => {
            throw err;
          },
        }),
      ).toEqual({ status: 401, body: undefined, ended: true });
    }
  });

  it('503 with no body when the signing keys cannot be fetched (the channel retries)', async () => {
    const sent = await handle({
      authenticate: async () => {
        throw new AuthenticationError('Failed to load openID config: 500', 500);
      },
    });
    expect(sent).toEqual({ status: 503, body: undefined, ended: true });
  });

  it('500 with no body when the turn fails outside onTurnError', async () => {
    const sent = await handle({
      runAuthenticated: async () => {
        throw new Error('Unable to extract ConnectorClient from turn context.');
      },
    });
    expect(sent).toEqual({ status: 500, body: undefined, ended: true });
  });

  it('the invoke response the turn produced', async () => {
    const sent = await handle({ runAuthenticated: async () => ({ status: 200, body: { statusCode: 200, type: 'x', value: {} } }) });
    expect(sent).toEqual({ status: 200, body: { statusCode: 200, type: 'x', value: {} }, ended: true });
  });

  it('400 for a body that is not an activity and 405 for another method, before any token check', async () => {
    const authenticate = jest.fn(async () => accepted);
    expect((await handle({ authenticate }, [1, 2])).status).toBe(400);
    expect((await handle({ authenticate }, { type: 42 })).status).toBe(400);
    expect((await handle({ authenticate }, teamsMessage(teamsParty(), 'hej'), 'GET')).status).toBe(405);
    expect(authenticate).not.toHaveBeenCalled();
  });
});
