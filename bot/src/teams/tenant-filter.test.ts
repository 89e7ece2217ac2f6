import { teamsMessage, teamsParty } from '../testing/teams-activities';
import { isTenantAllowed, tenantOf } from './tenant-filter';

const OURS = '7a1b2c3d-0000-4000-8000-0000000000aa';
const FOREIGN = '9e8d7c6b-0000-4000-8000-0000000000ff';

describe('tenantOf', () => {
  it('reads channelData.tenant.id and conversation.tenantId', () => {
    const message = teamsMessage(teamsParty({ tenantId: OURS }), 'hej');
    expect(tenantOf(message)).toBe(OURS);
    expect(tenantOf({ ...message, channelData: {} })).toBe(OURS);
    expect(tenantOf({ ...message, conversation: { ...message.conversation!, tenantId: undefined } })).toBe(OURS);
  });

  it('has no tenant when the two fields disagree or both are missing', () => {
    const message = teamsMessage(teamsParty({ tenantId: OURS }), 'hej');
    expect(tenantOf({ ...message, channelData: { tenant: { id: FOREIGN } } })).toBeUndefined();
    expect(tenantOf({ ...message, channelData: {}, conversation: { ...message.conversation!, tenantId: undefined } })).toBeUndefined();
  });
});

describe('isTenantAllowed', () => {
  const ours = teamsMessage(teamsParty({ tenantId: OURS }), 'hej');
  const foreign = teamsMessage(teamsParty({ tenantId: FOREIGN }), 'hej');

  it('lets only the configured tenants through, ignoring case', () => {
    expect(isTenantAllowed(ours, [OURS])).toBe(true);
    expect(isTenantAllowed(ours, [OURS.toUpperCase()])).toBe(true);
    expect(isTenantAllowed(foreign, [OURS])).toBe(false);
    expect(isTenantAllowed(foreign, [OURS, FOREIGN])).toBe(true);
  });

  it('drops an activity without a tenant when a list is configured', () => {
    expect(isTenantAllowed({ ...ours, channelData: {}, conversation: { ...ours.conversation!, tenantId: undefined } }, [OURS])).toBe(false);
  });

  it('lets everything through without a list (anonymous local mode)', () => {
    expect(isTenantAllowed(foreign, [])).toBe(true);
  });
});
