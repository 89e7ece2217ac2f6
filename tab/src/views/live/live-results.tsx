import { Body1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { LiveResultsData } from '../../../../bot/src/api/live-contract';
import { BarChart } from '../../charts/bar-chart';
import { WordCloud } from '../../charts/word-cloud';
import { EmptyState } from '../../components/empty-state';
import { useI18n } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  count: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  countLarge: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  texts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXS },
  textsLarge: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, gap: tokens.spacingVerticalM },
  text: { overflowWrap: 'anywhere' },
});

/** A live prompt's results as they come in: bars for choices and ratings, a word cloud, or the latest texts. */
export function LiveResults({ results, title, large = false }: { results: LiveResultsData; title: string; large?: boolean }) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const total = results.answers;
  const bars = (results.counts ?? []).map((c) => ({
    label: c.label,
    value: c.count,
    display: total > 0 ? `${c.count} (${format.percent(c.count / total)})` : String(c.count),
  }));
  return (
    <div className={styles.root} data-testid="live-results">
      <Body1 className={mergeClasses(styles.count, large && styles.countLarge)} data-testid="live-answer-count" data-count={total}>
        {t('live.results.answers', { count: total })}
        {results.mean !== undefined && ` · ${t('live.results.mean', { mean: format.number(results.mean, 1) })}`}
      </Body1>
      {(results.type === 'singleChoice' || results.type === 'multiChoice' || results.type === 'rating') && (
        <BarChart title={title} bars={bars} max={Math.max(1, total)} large={large} emptyText={t('live.results.none')} />
      )}
      {results.type === 'word' && <WordCloud title={title} words={results.words ?? []} large={large} />}
      {results.type === 'openText' &&
        ((results.texts ?? []).length === 0 ? (
          <EmptyState>{t('live.results.none')}</EmptyState>
        ) : (
          <ul className={mergeClasses(styles.texts, large && styles.textsLarge)} aria-label={title}>
            {(results.texts ?? []).map((text, i) => (
              <li key={i} className={styles.text}>
                {text}
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
