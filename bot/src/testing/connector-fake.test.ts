import { TeamsInfo, TurnContext, type Activity } from 'botbuilder';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { startConnectorFake, type ConnectorFake } from './connector-fake';
import { memberOf, teamsMessage, teamsParty } from './teams-activities';
import { TeamsTestAdapter } from './teams-test-adapter';

const party = teamsParty();
let fake: ConnectorFake;
let client: ConnectorClient;

beforeAll(async () => {
  fake = await startConnectorFake({ members: [memberOf(party)] });
  client = new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: fake.url });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe('connector fake, driven by the Bot Framework SDK client', () => {
  it('serves on loopback with a serviceUrl-style base URL', () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('records sends and replies and returns their ids', async () => {
    const sent = await client.conversations.sendToConversation(party.conversationId, { type: 'message', text: 'a' } as Activity);
    const reply = await client.conversations.replyToActivity(party.conversationId, 'in-1', { type: 'message', text: 'b' } as Activity);
    expect(await fake.waitForActivities(2)).toEqual([
      expect.objectContaining({ conversationId: party.conversationId, id: sent.id, activity: expect.objectContaining({ text: 'a' }) }),
      expect.objectContaining({ conversationId: party.conversationId, replyToId: 'in-1', id: reply.id }),
    ]);
  });

  it('records updates and deletes', async () => {
    await client.conversations.updateActivity(party.conversationId, 'm-1', { type: 'message', text: 'c' } as Activity);
    await client.conversations.deleteActivity(party.conversationId, 'm-1');
    expect(fake.updates).toEqual([
      { conversationId: party.conversationId, activityId: 'm-1', activity: expect.objectContaining({ text: 'c' }), at: expect.any(Number) },
    ]);
    expect(fake.deletes).toEqual([{ conversationId: party.conversationId, activityId: 'm-1' }]);
  });

  it('creates a conversation and returns its id', async () => {
    const created = await client.conversations.createConversation({
      isGroup: false,
      bot: { id: party.botId, name: party.botName },
      members: [{ id: party.userId, name: '' }],
      tenantId: party.tenantId,
      channelData: { tenant: { id: party.tenantId } },
      activity: undefined as unknown as Activity,
    });
    expect(created.id).toMatch(/^a:/);
    expect(fake.conversations).toEqual([{ id: created.id, parameters: expect.objectContaining({ tenantId: party.tenantId }) }]);
  });

  it('answers TeamsInfo.getMember with a TeamsChannelAccount, and 404 for someone else', async () => {
    const adapter = new TeamsTestAdapter(async () => undefined, { serviceUrl: fake.url });
    const context = new TurnContext(adapter, teamsMessage({ ...party, serviceUrl: fake.url }, 'x'));
    expect(await TeamsInfo.getMember(context, party.userId)).toMatchObject({
      id: party.userId,
      name: 'Alex Wilber',
      aadObjectId: party.aadObjectId,
      email: 'alexw@example.com',
      userPrincipalName: 'alexw@example.com',
      tenantId: party.tenantId,
      userRole: 'user',
    });
    await expect(TeamsInfo.getMember(context, '29:nobody')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('rejects waitForActivities after the timeout', async () => {
    await expect(fake.waitForActivities(1, 50)).rejects.toThrow('expected 1 activities within 50 ms, got 0');
  });
});
