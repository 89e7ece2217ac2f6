import type { Activity } from 'botbuilder';
import type { FakeMember } from './connector-fake';

/**
 * Teams-shaped inbound activities for tests, as Teams (and the M365 Agents
 * Playground) send them to `/api/messages`. Defaults: the Playground's user
 * Alex Wilber in its default tenant, in a personal chat with the bot.
 */
export interface TeamsParty {
  tenantId: string;
  /** Teams user id, `29:...`. */
  userId: string;
  aadObjectId: string;
  userName: string;
  email: string;
  /** Bot id, `28:...`. */
  botId: string;
  botName: string;
  /** Personal conversation id, `a:...`. */
  conversationId: string;
  /** Ends with '/'. */
  serviceUrl: string;
  /** Teams client locale, e.g. `sv-SE` or `en-US`. */
  locale: string;
}

export const PLAYGROUND_TENANT_ID = '00000000-0000-0000-0000-0000000000001';

export function teamsParty(overrides: Partial<TeamsParty> = {}): TeamsParty {
  return {
    tenantId: PLAYGROUND_TENANT_ID,
    userId: '29:1alexw-teams-user-id',
    aadObjectId: '00000000-0000-0000-0000-0000000000020',
    userName: 'Alex Wilber',
    email: 'alexw@example.com',
    botId: '28:programme-bot',
    botName: 'Innovationsresan',
    conversationId: 'a:1personal-chat-alexw',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    locale: 'sv-SE',
    ...overrides,
  };
}

/** The member record the Bot Connector returns for the party. */
export function memberOf(party: TeamsParty): FakeMember {
  return {
    id: party.userId,
    name: party.userName,
    aadObjectId: party.aadObjectId,
    email: party.email,
    userPrincipalName: party.email,
    tenantId: party.tenantId,
  };
}

let sequence = 0;

function base(party: TeamsParty, type: string): Partial<Activity> {
  return {
    type,
    id: `f:${Date.now()}${++sequence}`,
    channelId: 'msteams',
    serviceUrl: party.serviceUrl,
    from: { id: party.userId, name: party.userName, aadObjectId: party.aadObjectId },
    recipient: { id: party.botId, name: party.botName },
    conversation: { id: party.conversationId, conversationType: 'personal', tenantId: party.tenantId, isGroup: false, name: '' },
    channelData: { tenant: { id: party.tenantId } },
    locale: party.locale,
    entities: [{ type: 'clientInfo', locale: party.locale, country: 'SE', platform: 'Web', timezone: 'Europe/Stockholm' }],
  };
}

export function teamsMessage(party: TeamsParty, text: string): Partial<Activity> {
  return { ...base(party, 'message'), text, textFormat: 'plain' };
}

/** An Action.Submit from a card: a message with `value` and no text. */
export function teamsSubmit(party: TeamsParty, value: Record<string, unknown>): Partial<Activity> {
  return { ...base(party, 'message'), value };
}

export function teamsInstallationUpdate(party: TeamsParty, action: 'add' | 'remove' = 'add'): Partial<Activity> {
  const activity = base(party, 'installationUpdate');
  return { ...activity, action, channelData: { ...activity.channelData, source: { name: 'message' } } };
}

/** conversationUpdate with the bot among `membersAdded`, as Teams sends it when the app is added to a personal chat. */
export function teamsBotAdded(party: TeamsParty): Partial<Activity> {
  const { locale: _locale, entities: _entities, ...activity } = base(party, 'conversationUpdate');
  return { ...activity, membersAdded: [{ id: party.botId, name: '' }] };
}

/** Posts an activity to the app's Bot Framework endpoint as the Bot Connector does (anonymous in tests). */
export function postActivity(appUrl: string, activity: object): Promise<Response> {
  return fetch(`${appUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
}
