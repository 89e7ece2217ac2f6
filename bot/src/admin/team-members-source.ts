/** One member of a Teams team, as the Bot Connector's paged member lookup returns it. */
export interface TeamMember {
  name: string;
  /** E-mail, or the UPN when Teams gives no e-mail. */
  email?: string;
  aadObjectId?: string;
}

/**
 * The members of a team the bot is installed in (paged at the Bot
 * Connector). `serviceUrl`: where the tenant's connector lives, taken from a
 * stored conversation, never from the request.
 */
export interface TeamMembersSource {
  listMembers(team: { teamId: string; serviceUrl: string; tenantId: string }): Promise<TeamMember[]>;
}
