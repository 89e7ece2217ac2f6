import type { TurnContext } from 'botbuilder';
import { buildNotEnrolledCard } from '../cards';
import type { ProgrammeBotDeps } from './bot-deps';
import { cardActivity } from './card-activity';
import { matchRoster } from './member-matching';
import { welcomeCardFor } from './programme-cards';
import { currentProgramme } from './programme-context';
import { isPersonalScope } from './teams-activity';
import { senderOf } from './turn-state';

/**
 * On install in personal scope: match the person to roster enrolments,
 * store them, and greet once with the welcome card (or how to join).
 * Teams and the Playground may send installationUpdate and
 * conversationUpdate for the same install, even at the same time: the
 * conditional `markGreeted` lets exactly one of them greet.
 */
export async function greetOnInstall(context: TurnContext, deps: ProgrammeBotDeps): Promise<void> {
  if (!isPersonalScope(context.activity)) return;
  const logger = deps.logger.child('install');
  const { person, locale: clientLocale } = senderOf(context);
  if (!person) {
    logger.warn({ activityType: context.activity.type }, 'install without tenant and object id; not greeted');
    return;
  }
  await matchRoster(context, deps, person, clientLocale);
  // The roster may set the person's language; it wins over the client's.
  const locale = (await deps.repos.people.get(person))?.languagePreference ?? clientLocale;

  const now = deps.clock();
  if (!(await deps.repos.conversations.markGreeted(person, now.toISOString()))) return;
  const ctx = await currentProgramme(deps.repos, person, now);
  await context.sendActivity(cardActivity(ctx ? welcomeCardFor(ctx, locale, now) : buildNotEnrolledCard({ locale })));
  logger.info({ enrolled: ctx !== undefined }, 'greeted after install');
}
