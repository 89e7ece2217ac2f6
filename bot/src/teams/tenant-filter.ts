import type { Activity } from 'botbuilder';

/**
 * Which Microsoft 365 tenant an activity comes from. Teams puts the tenant in
 * `channelData.tenant.id` and (for most activities) `conversation.tenantId`;
 * when both are present they must agree, or the activity has no tenant.
 */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const fromChannelData = stringOrUndefined((activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id);
  const fromConversation = stringOrUndefined(activity.conversation?.tenantId);
  if (fromChannelData && fromConversation && !sameId(fromChannelData, fromConversation)) return undefined;
  return fromChannelData ?? fromConversation;
}

/**
 * True when the activity's tenant is on the allow-list (ids compared
 * case-insensitively). An empty list lets everything through: that is the
 * anonymous local mode, since config requires a tenant whenever the bot authenticates.
 */
export function isTenantAllowed(activity: Partial<Activity>, allowedTenantIds: readonly string[]): boolean {
  if (allowedTenantIds.length === 0) return true;
  const tenant = tenantOf(activity);
  return tenant !== undefined && allowedTenantIds.some((allowed) => sameId(allowed, tenant));
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
