import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { teamsMessage, teamsParty, type TeamsParty } from './teams-activities';

/**
 * botbuilder's TestAdapter speaking Teams: typed text becomes a Teams
 * message from `party`, and TeamsInfo calls go over HTTP to the activity's
 * serviceUrl (point it at the connector fake) without a token.
 */
export class TeamsTestAdapter extends TestAdapter {
  readonly party: TeamsParty;

  constructor(logic: (context: TurnContext) => Promise<void>, party: Partial<TeamsParty> = {}) {
    super(logic);
    this.party = teamsParty(party);
  }

  /** TeamsInfo looks for this method on the adapter. */
  createConnectorClient(serviceUrl: string): ConnectorClient {
    return new ConnectorClient(MicrosoftAppCredentials.Empty, { baseUri: serviceUrl });
  }

  override processActivity(activity: string | Partial<Activity>, callback?: (context: TurnContext) => Promise<unknown>): Promise<unknown> {
    return super.processActivity(typeof activity === 'string' ? teamsMessage(this.party, activity) : activity, callback);
  }
}
