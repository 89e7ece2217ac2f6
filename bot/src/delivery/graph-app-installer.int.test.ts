import { silentLogger } from '../logger';
import { personAt } from '../testing/delivery-fixture';
import { startGraphFake, type GraphFake } from '../testing/graph-fake';
import type { TokenProvider } from './app-installer';
import { createGraphAppInstaller } from './graph-app-installer';

const TEAMS_APP_ID = 'c2b8a1e4-0000-4000-8000-000000000001';
let graph: GraphFake;
const asked: Array<{ scope: string; tenantId: string }> = [];
const tokens: TokenProvider = {
  getToken: async (scope, tenantId) => {
    asked.push({ scope, tenantId });
    return 'graph-token';
  },
};

beforeAll(async () => {
  graph = await startGraphFake({ teamsAppId: TEAMS_APP_ID, token: 'graph-token' });
});
afterAll(() => graph.close());

const installer = () => createGraphAppInstaller({ teamsAppId: TEAMS_APP_ID, tokens, logger: silentLogger(), baseUrl: graph.url });

describe('Graph app installer (against a loopback Graph)', () => {
  it('installs the app for a user and reads the personal chat id', async () => {
    const person = personAt(1);
    expect(await installer().install(person)).toEqual({ status: 'installed', chatId: `19:${person.objectId}_bot@unq.gbl.spaces` });
    expect(graph.requests[0]).toEqual({
      method: 'POST',
      path: `/v1.0/users/${person.objectId}/teamwork/installedApps`,
      token: 'graph-token',
      body: { 'teamsApp@odata.bind': `${graph.url}/appCatalogs/teamsApps/${TEAMS_APP_ID}` },
    });
    expect(graph.requests[1].path).toBe(
      `/v1.0/users/${person.objectId}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp%2Fid%20eq%20%27${TEAMS_APP_ID}%27`,
    );
    expect(graph.requests[2].path).toBe(`/v1.0/users/${person.objectId}/teamwork/installedApps/inst-${person.objectId}/chat`);
    expect(asked[0]).toEqual({ scope: 'https://graph.microsoft.com/.default', tenantId: person.tenantId });
  });

  it('takes 409 as already installed and still reads the chat id', async () => {
    const person = personAt(2);
    graph.installed.add(person.objectId);
    expect(await installer().install(person)).toEqual({ status: 'alreadyInstalled', chatId: `19:${person.objectId}_bot@unq.gbl.spaces` });
  });

  it('reports a refused install with the status and Graph error code', async () => {
    const person = personAt(3);
    graph.failInstall.set(person.objectId, 403);
    expect(await installer().install(person)).toEqual({ status: 'failed', reason: 'graph 403 Forbidden' });
  });

  it('reports an unreachable Graph as failed', async () => {
    const closed = await startGraphFake({ teamsAppId: TEAMS_APP_ID, token: 'graph-token' });
    await closed.close();
    const offline = createGraphAppInstaller({ teamsAppId: TEAMS_APP_ID, tokens, logger: silentLogger(), baseUrl: closed.url });
    expect(await offline.install(personAt(4))).toEqual({ status: 'failed', reason: 'graph unreachable (ECONNREFUSED)' });
  });
});
