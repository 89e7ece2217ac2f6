import type { LocalizedText } from '../../../bot/src/api/contract';
import type { I18n } from './i18n-context';

/** "Träff 2: Från problem till möjlighet": how pickers, charts and lists name a session. */
export function sessionLabel({ t, l }: Pick<I18n, 't' | 'l'>, session: { number: number; title: LocalizedText }): string {
  return `${t('programme.sessionNumber', { number: session.number })}: ${l(session.title)}`;
}
