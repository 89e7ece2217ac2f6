import { teamsBotAdded, teamsInstallationUpdate, type TeamsParty } from '../../../bot/src/testing/teams-activities';

/**
 * A person adds the app in Teams: the two activities Teams posts to the
 * bot's messaging endpoint (installationUpdate, then conversationUpdate with
 * the bot among the members added). Point `party.serviceUrl` at the Bot
 * Connector fake so the bot's look-up of the member and its replies land there.
 */
export async function installApp(appUrl: string, party: TeamsParty): Promise<void> {
  for (const activity of [teamsInstallationUpdate(party), teamsBotAdded(party)]) {
    const res = await fetch(`${appUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (res.status !== 200) throw new Error(`POST /api/messages (${activity.type}) answered ${res.status}`);
  }
}

/** `yyyy-MM-dd` in Stockholm, `days` from today (the programme's zone, for datetime-local fields). */
export function stockholmDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}
