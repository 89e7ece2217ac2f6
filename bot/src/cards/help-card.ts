import type { Locale } from '../domain/locale';
import { expandCard, type AdaptiveCard } from './adaptive-card';
import { actionLabels, labels } from './labels';
import template from './templates/help.json';

export interface HelpCardData {
  locale: Locale;
}

const COMMANDS = ['agenda', 'prompts', 'join', 'language', 'help'] as const;

export function buildHelpCard(data: HelpCardData): AdaptiveCard {
  const { locale } = data;
  return expandCard(template, {
    label: labels(locale, { heading: 'card.help.heading', intro: 'card.help.intro' }),
    action: actionLabels(locale),
    commands: COMMANDS.map((c) => labels(locale, { command: `card.help.cmd.${c}`, description: `card.help.cmd.${c}Desc` })),
  });
}
