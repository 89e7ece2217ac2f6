import { TeamsInfo, type ConversationReference, type TurnContext } from 'botbuilder';
import type { TeamMember, TeamMembersSource } from '../admin/team-members-source';
import { AppError } from '../errors';
import { isAllowedServiceUrl, type ServiceUrlPolicy } from './service-url-policy';

export interface TeamMembersOptions {
  adapter: {
    continueConversationAsync(
      botAppId: string,
      reference: Partial<ConversationReference>,
      logic: (context: TurnContext) => Promise<void>,
    ): Promise<void>;
  };
  /** The bot's app id; undefined or '' in anonymous mode. */
  appId?: string;
  serviceUrlPolicy: ServiceUrlPolicy;
  /** Members per page (Teams allows 50 to 500). */
  pageSize?: number;
}

/**
 * `TeamsInfo.getPagedTeamMembers` page by page (GET
 * v3/conversations/{teamId}/pagedmembers) inside a proactive turn on the
 * team's conversation; only to allowed serviceUrls.
 */
export function createTeamMembersSource(options: TeamMembersOptions): TeamMembersSource {
  return {
    async listMembers({ teamId, serviceUrl, tenantId }): Promise<TeamMember[]> {
      if (!isAllowedServiceUrl(serviceUrl, options.serviceUrlPolicy)) throw new AppError('FORBIDDEN', 'serviceUrl not allowed');
      const members: TeamMember[] = [];
      const reference: Partial<ConversationReference> = {
        serviceUrl,
        channelId: 'msteams',
        conversation: { id: teamId, isGroup: true, conversationType: 'channel', tenantId, name: '' },
      };
      let failure: unknown;
      await options.adapter.continueConversationAsync(options.appId ?? '', reference, async (context) => {
        let continuationToken: string | undefined;
        // Caught here so the adapter's onTurnError never swallows it.
        try {
          do {
            const page = await TeamsInfo.getPagedTeamMembers(context, teamId, options.pageSize ?? 500, continuationToken);
            for (const m of page.members) {
              const email = m.email ?? m.userPrincipalName;
              members.push({ name: m.name, ...(email ? { email } : {}), ...(m.aadObjectId ? { aadObjectId: m.aadObjectId } : {}) });
            }
            continuationToken = page.continuationToken || undefined;
          } while (continuationToken);
        } catch (err) {
          failure = err;
        }
      });
      if (failure !== undefined) throw new AppError('STORAGE_UNAVAILABLE', 'team member lookup failed', { cause: failure });
      return members;
    },
  };
}
