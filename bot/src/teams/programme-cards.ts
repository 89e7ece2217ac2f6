import { buildAgendaCard, buildPromptListCard, buildWelcomeCard, toPromptListItem, toSessionView, type AdaptiveCard } from '../cards';
import type { PersonRef } from '../domain/identity';
import { localize, type Locale } from '../domain/locale';
import { openPrompts } from '../domain/rules';
import { formatLocal, localToInstant } from '../domain/time';
import type { Repositories } from '../storage/repositories';
import type { ProgrammeContext } from './programme-context';

/** Cards about a person's current programme, in their language. */

export function welcomeCardFor(ctx: ProgrammeContext, locale: Locale, now: Date): AdaptiveCard {
  const zone = ctx.programme.timeZone;
  const upcoming = ctx.prompts
    .filter((p) => localToInstant(p.sendAt, zone).toMillis() > now.getTime())
    .sort((a, b) => localToInstant(a.sendAt, zone).toMillis() - localToInstant(b.sendAt, zone).toMillis())[0];
  return buildWelcomeCard({
    locale,
    programmeName: localize(ctx.programme.name, locale),
    nextSession: ctx.nextSession && toSessionView(ctx.nextSession, zone, locale),
    nextPromptAt: upcoming && formatLocal(upcoming.sendAt, zone, locale),
  });
}

export function agendaCardFor(ctx: ProgrammeContext, locale: Locale): AdaptiveCard {
  return buildAgendaCard({
    locale,
    programmeName: localize(ctx.programme.name, locale),
    session: ctx.nextSession && toSessionView(ctx.nextSession, ctx.programme.timeZone, locale),
  });
}

/** Open prompts (sent, not yet due), soonest due first; answered ones are marked. Each opens as a card (the form, or the receipt). */
export async function promptListCardFor(
  repos: Repositories,
  ctx: ProgrammeContext,
  person: PersonRef,
  locale: Locale,
  now: Date,
): Promise<AdaptiveCard> {
  const zone = ctx.programme.timeZone;
  const open = openPrompts(ctx.prompts, zone, now);
  const answered = await Promise.all(open.map((p) => repos.answers.get(ctx.programme.id, p.id, person)));
  return buildPromptListCard({
    locale,
    programmeName: localize(ctx.programme.name, locale),
    prompts: open.map((p, i) => ({
      ...toPromptListItem(p, zone, locale),
      answered: answered[i] !== undefined,
      open: { programmeId: ctx.programme.id, promptId: p.id },
    })),
  });
}
