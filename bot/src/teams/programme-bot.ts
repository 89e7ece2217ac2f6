import { TeamsActivityHandler } from 'botbuilder';
import type { ProgrammeBotDeps } from './bot-deps';
import { greetOnInstall } from './install-greeting';
import { handleMessage } from './message-handler';
import { refreshSender } from './sender-refresh';
import { botWasAdded } from './teams-activity';
import { setSender } from './turn-state';

export type { ProgrammeBotDeps } from './bot-deps';

/**
 * The programme bot. Every turn first refreshes who is speaking (and their
 * stored conversation reference); then installs greet and messages are
 * answered. The work lives in one module per concern.
 */
export class ProgrammeBot extends TeamsActivityHandler {
  constructor(deps: ProgrammeBotDeps) {
    super();
    this.onTurn(async (context, next) => {
      setSender(context, await refreshSender(context, deps));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await greetOnInstall(context, deps);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (botWasAdded(context.activity)) await greetOnInstall(context, deps);
      await next();
    });
    this.onMessage(async (context, next) => {
      await handleMessage(context, deps);
      await next();
    });
  }
}
