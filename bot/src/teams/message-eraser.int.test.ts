import { silentLogger } from '../logger';
import { startConnectorFake, type ConnectorFake } from '../testing/connector-fake';
import { conversationOf, personAt } from '../testing/delivery-fixture';
import { createAdapter } from './adapter';
import { createMessageEraser } from './message-eraser';
import { freePort } from '../testing/free-port';

/** The eraser over a real CloudAdapter (anonymous) against the connector fake on loopback. */
let fake: ConnectorFake;
beforeAll(async () => {
  fake = await startConnectorFake();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const eraser = (production = false) =>
  createMessageEraser({ adapter: createAdapter({}, silentLogger()), serviceUrlPolicy: { production }, logger: silentLogger() });

describe('the Bot Connector message eraser', () => {
  it('deletes a posted message with DELETE v3/conversations/{id}/activities/{activityId}', async () => {
    const conversation = conversationOf(personAt(1), 1, fake.url);
    expect(await eraser().erase({ conversation, activityId: '1:posted-7' })).toEqual({ status: 'deleted' });
    expect(fake.deletes).toEqual([{ conversationId: 'a:conv-1', activityId: '1:posted-7' }]);
  });

  it('calls no connector outside the allowed service URLs', async () => {
    const conversation = conversationOf(personAt(1), 1, fake.url);
    expect(await eraser(true).erase({ conversation, activityId: '1:posted-7' })).toEqual({
      status: 'failed',
      reason: 'serviceUrl not allowed',
    });
    expect(fake.deletes).toEqual([]);
  });

  it('reports a connector it cannot reach as failed, with the error code only', async () => {
    const conversation = conversationOf(personAt(1), 1, `http://127.0.0.1:${await freePort()}/`);
    const outcome = await eraser().erase({ conversation, activityId: '1:posted-7' });
    expect(outcome).toMatchObject({ status: 'failed' });
    expect(outcome.status === 'failed' && outcome.reason).toMatch(/^network [A-Z_]+$/);
  });
});
