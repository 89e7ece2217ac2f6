import { MessageFactory, TurnContext } from 'botbuilder';
import { buildHelpCard, buildJoinFailedCard, buildNotEnrolledCard } from '../cards';
import { t } from '../i18n';
import type { Locale } from '../domain/locale';
import type { ProgrammeBotDeps } from './bot-deps';
import { cardActivity } from './card-activity';
import { parseSubmit, parseText, type Command } from './commands';
import { joinByCode } from './join-command';
import { matchRoster } from './member-matching';
import { agendaCardFor, promptListCardFor } from './programme-cards';
import { currentProgramme, type ProgrammeContext } from './programme-context';
import { senderOf, type Sender } from './turn-state';

/** Answers a message: typed commands, or Action.Submit data from our cards (a message with `value` and no text). */
export async function handleMessage(context: TurnContext, deps: ProgrammeBotDeps): Promise<void> {
  const sender = senderOf(context);
  const command = parseSubmit(context.activity.value) ?? parseText(messageText(context));
  deps.logger.child('message').debug({ command: command.kind }, 'command');
  await context.sendActivity(await reply(context, deps, sender, command));
}

async function reply(context: TurnContext, deps: ProgrammeBotDeps, sender: Sender, command: Command) {
  const { locale } = sender;
  switch (command.kind) {
    case 'help':
      return cardActivity(buildHelpCard({ locale }));
    case 'join':
      return cardActivity(await joinByCode(context, deps, sender, command.code));
    case 'joinWithoutCode':
      return cardActivity(buildJoinFailedCard({ locale, reason: 'missingCode' }));
    case 'agenda':
    case 'prompts': {
      const ctx = await programmeOf(context, deps, sender);
      if (!ctx || !sender.person) return cardActivity(buildNotEnrolledCard({ locale }));
      return cardActivity(
        command.kind === 'agenda'
          ? agendaCardFor(ctx, locale)
          : await promptListCardFor(deps.repos, ctx, sender.person, locale, deps.clock()),
      );
    }
    case 'language':
      return MessageFactory.text(await chooseLanguage(deps, sender, command.locale));
    case 'unknown':
      return MessageFactory.text(t(locale, 'bot.unknown'));
  }
}

/** `språk en` / `language sv`: the person's own choice, which wins over the Teams client's language. */
async function chooseLanguage(deps: ProgrammeBotDeps, sender: Sender, chosen: Locale | undefined): Promise<string> {
  if (!chosen || !sender.person) return t(sender.locale, 'bot.language.usage');
  const stored = await deps.repos.people.get(sender.person);
  const base = stored ?? { ...sender.person, displayName: '', locale: chosen };
  await deps.repos.people.put({ ...base, locale: chosen, languagePreference: chosen });
  const conversation = await deps.repos.conversations.get(sender.person);
  if (conversation && conversation.locale !== chosen) await deps.repos.conversations.save({ ...conversation, locale: chosen });
  return t(chosen, 'bot.language.set');
}

/** The text without the bot's @mention (and any other `<at>` tags), trimmed. */
function messageText(context: TurnContext): string {
  const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
  return text
    .replace(/<at>.*?<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .trim();
}

/** The current programme; someone with no enrolment yet is matched against the rosters once more (they may have been added since). */
async function programmeOf(context: TurnContext, deps: ProgrammeBotDeps, sender: Sender): Promise<ProgrammeContext | undefined> {
  if (!sender.person) return undefined;
  const now = deps.clock();
  const ctx = await currentProgramme(deps.repos, sender.person, now);
  if (ctx) return ctx;
  const matched = await matchRoster(context, deps, sender.person, sender.locale);
  return matched.length > 0 ? currentProgramme(deps.repos, sender.person, now) : undefined;
}
