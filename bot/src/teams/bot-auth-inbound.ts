import type { Activity } from 'botbuilder';
import { AuthenticationConstants, type ClaimsIdentity } from 'botframework-connector';
import { isTenantAllowed } from './tenant-filter';

/** What an authenticated activity must also satisfy before the bot sees it. */
export interface InboundPolicy {
  /** The bot authenticates (an app id is configured): tokens were checked and the checks below apply. */
  authenticated: boolean;
  /** Tenants whose activities are processed; empty lets all through (anonymous local mode only, see config). */
  allowedTenantIds: readonly string[];
  /** The serviceUrl allow-list (where replies would go); absent lets any through. */
  isServiceUrlAllowed?: (serviceUrl: string) => boolean;
}

/**
 * `process`: hand it to the bot. `reject`: answer 401 (it does not come from
 * Teams the way it claims). `drop`: a genuine activity from a tenant this
 * bot does not serve; answered as if handled, with nothing written or sent.
 */
export type InboundVerdict = { action: 'process' } | { action: 'reject'; reason: string } | { action: 'drop'; reason: 'foreign tenant' };

/** The Teams channel; the bot takes no other (no Web Chat, no Direct Line). */
export const TEAMS_CHANNEL_ID = 'msteams';

/**
 * Checks after botbuilder has validated the token (signature, issuer,
 * audience, lifetime; see bot-auth.ts). botbuilder also compares the
 * `serviceurl` claim with the activity, but skips that when the activity
 * has no serviceUrl; here it is required, since replies go there.
 */
export function checkInbound(activity: Partial<Activity>, identity: ClaimsIdentity, policy: InboundPolicy): InboundVerdict {
  if (policy.authenticated) {
    if (activity.channelId !== TEAMS_CHANNEL_ID) return reject('channel is not Teams');
    if (!activity.serviceUrl) return reject('no serviceUrl');
    if (identity.getClaimValue(AuthenticationConstants.ServiceUrlClaim) !== activity.serviceUrl) return reject('serviceurl claim differs');
  }
  if (policy.isServiceUrlAllowed && !(activity.serviceUrl && policy.isServiceUrlAllowed(activity.serviceUrl))) {
    return reject('serviceUrl not on the allow-list');
  }
  if (!isTenantAllowed(activity, policy.allowedTenantIds)) return { action: 'drop', reason: 'foreign tenant' };
  return { action: 'process' };
}

function reject(reason: string): InboundVerdict {
  return { action: 'reject', reason };
}
