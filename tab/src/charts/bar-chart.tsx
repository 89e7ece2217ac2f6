import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { EmptyState } from '../components/empty-state';
import { ChartDataTable } from './chart-data-table';

export interface Bar {
  label: string;
  /** Bar length, 0..max. */
  value: number;
  /** How the value reads, e.g. `67 % (4 av 6)`. */
  display: string;
}

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  rows: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'center',
  },
  row: { display: 'contents' },
  label: { gridColumn: '1 / span 2', overflowWrap: 'anywhere', marginTop: tokens.spacingVerticalXS },
  bar: { width: '100%', height: '14px', display: 'block' },
  track: { fill: tokens.colorNeutralBackground5 },
  fill: { fill: tokens.colorBrandBackground },
  value: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', textAlign: 'end' },
  // `large`: the meeting stage, read from across a room.
  captionLarge: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  textLarge: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  barLarge: { height: '36px' },
});

/**
 * Horizontal bars in SVG: one picture for assistive technology (role=img with
 * a summary label) plus the same numbers in a visually hidden table.
 * Labels sit above their bars, so long titles wrap at 320 px.
 */
export function BarChart({
  title,
  bars,
  max,
  emptyText,
  large = false,
}: {
  title: string;
  bars: Bar[];
  max?: number;
  emptyText?: string;
  large?: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const captionId = useId();
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.display}`).join('; ')}`;
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={mergeClasses(styles.caption, large && styles.captionLarge)}>
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <EmptyState>{emptyText ?? t('chart.empty')}</EmptyState>
      ) : (
        <div role="img" aria-label={summary} className={styles.rows}>
          {bars.map((bar, i) => (
            <div key={i} className={styles.row}>
              <Caption1 className={mergeClasses(styles.label, large && styles.textLarge)}>{bar.label}</Caption1>
              <svg
                className={mergeClasses(styles.bar, large && styles.barLarge)}
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
                focusable="false"
              >
                <rect className={styles.track} x="0" y="0" width="100" height="10" rx="2" />
                <rect className={styles.fill} x="0" y="0" width={Math.max(0, Math.min(100, (bar.value / top) * 100))} height="10" rx="2" />
              </svg>
              <Caption1 className={mergeClasses(styles.value, large && styles.textLarge)}>{bar.display}</Caption1>
            </div>
          ))}
        </div>
      )}
      <ChartDataTable caption={title} headers={[t('chart.label'), t('chart.value')]} rows={bars.map((b) => [b.label, b.display])} />
    </figure>
  );
}
