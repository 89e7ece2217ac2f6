import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { LiveSessionReport } from '../../../../bot/src/api/live-contract';
import { BarChart } from '../../charts/bar-chart';
import { EmptyState } from '../../components/empty-state';
import { useI18n } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  prompt: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  comments: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', gap: tokens.spacingVerticalXS },
  name: { color: tokens.colorNeutralForeground3 },
});

/** The session's feedback: the rating distribution with its mean, and the comments (names only where shared). */
export function FeedbackSummary({ feedback }: { feedback: LiveSessionReport['feedback'] }) {
  const styles = useStyles();
  const { t, l, format } = useI18n();
  if (feedback.length === 0) return <EmptyState>{t('live.report.noFeedback')}</EmptyState>;
  return (
    <>
      {feedback.map((f) => {
        const title = l(f.title);
        const bars = (f.ratings ?? []).map((r) => ({
          label: String(r.rating),
          value: r.count,
          display: f.answers > 0 ? `${r.count} (${format.percent(r.count / f.answers)})` : String(r.count),
        }));
        return (
          <div key={f.promptId} className={styles.prompt} data-testid={`feedback-${f.promptId}`}>
            <Subtitle2 as="h3" className={styles.heading}>
              {title}
            </Subtitle2>
            <Body1>
              {t('live.results.answers', { count: f.answers })}
              {f.mean !== undefined && ` · ${t('live.results.mean', { mean: format.number(f.mean, 1) })}`}
            </Body1>
            {bars.length > 0 && <BarChart title={t('live.report.ratings', { title })} bars={bars} max={Math.max(1, f.answers)} />}
            {f.comments.length === 0 ? (
              <Caption1>{t('live.report.noComments')}</Caption1>
            ) : (
              <ul className={styles.comments} aria-label={t('live.report.comments')}>
                {f.comments.map((c, i) => (
                  <li key={i}>
                    {c.text}
                    {c.name && <Caption1 className={styles.name}> – {c.name}</Caption1>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
