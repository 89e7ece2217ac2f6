import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { WordCount } from '../../../bot/src/api/contract';
import { EmptyState } from '../components/empty-state';
import { useI18n } from '../i18n/i18n-context';
import { ChartDataTable } from './chart-data-table';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  cloud: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  word: { lineHeight: 1.1, overflowWrap: 'anywhere' },
  captionLarge: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
});

/** `large` (the meeting stage) multiplies the font sizes. */
const LARGE_SCALE = 2.4;

const MIN_PX = 12;
const MAX_PX = 40;
const COLORS = [
  tokens.colorBrandForeground1,
  tokens.colorNeutralForeground1,
  tokens.colorPaletteBerryForeground2,
  tokens.colorPaletteTealForeground2,
];

/** The most frequent words, font size by frequency (CSS only), biggest in the middle. */
export function WordCloud({
  title,
  words,
  limit = 40,
  large = false,
}: {
  title: string;
  words: WordCount[];
  limit?: number;
  large?: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const captionId = useId();
  const top = [...words].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)).slice(0, limit);
  const max = top[0]?.count ?? 1;
  const min = top[top.length - 1]?.count ?? 1;
  const scale = large ? LARGE_SCALE : 1;
  const size = (count: number) =>
    scale * (max === min ? (MIN_PX + MAX_PX) / 2 : MIN_PX + ((count - min) / (max - min)) * (MAX_PX - MIN_PX));
  // Alternate sides so the largest words sit in the centre.
  const arranged: WordCount[] = [];
  top.forEach((w, i) => (i % 2 === 0 ? arranged.push(w) : arranged.unshift(w)));
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={mergeClasses(styles.caption, large && styles.captionLarge)}>
        {title}
      </figcaption>
      {top.length === 0 ? (
        <EmptyState>{t('responses.noWords')}</EmptyState>
      ) : (
        <div className={styles.cloud} role="img" aria-label={`${title}: ${top.map((w) => `${w.word} ${w.count}`).join(', ')}`}>
          {arranged.map((w, i) => (
            <span
              key={w.word}
              className={styles.word}
              style={{ fontSize: `${size(w.count).toFixed(1)}px`, color: COLORS[i % COLORS.length] }}
            >
              {w.word}
            </span>
          ))}
        </div>
      )}
      <ChartDataTable caption={title} headers={[t('chart.word'), t('chart.count')]} rows={top.map((w) => [w.word, String(w.count)])} />
    </figure>
  );
}
