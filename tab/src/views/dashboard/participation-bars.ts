import type { LocalizedText, Participation } from '../../../../bot/src/api/contract';
import type { Bar } from '../../charts/bar-chart';
import type { I18n } from '../../i18n/i18n-context';

/** Participation rows as bars: length is the rate, the text says `67 % (4 av 6)`. */
export function participationBars<T extends Participation>(rows: T[], title: (row: T) => LocalizedText | string, i18n: I18n): Bar[] {
  return rows.map((row) => {
    const name = title(row);
    return {
      label: typeof name === 'string' ? name : i18n.l(name),
      value: row.rate,
      display: `${i18n.format.percent(row.rate)} (${i18n.t('dashboard.rateOf', { answered: row.answered, expected: row.expected })})`,
    };
  });
}
