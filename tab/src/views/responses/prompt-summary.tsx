import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ApiQuestion, QuestionSummary } from '../../../../bot/src/api/contract';
import { BarChart } from '../../charts/bar-chart';
import { WordCloud } from '../../charts/word-cloud';
import { useI18n } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: tokens.spacingVerticalXL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 800px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
  },
});

/** A word cloud for each open question, a bar chart for each choice or rating question. */
export function PromptSummary({ questions, summaries }: { questions: ApiQuestion[]; summaries: QuestionSummary[] }) {
  const styles = useStyles();
  const { t, l, format } = useI18n();
  return (
    <div className={styles.grid}>
      {summaries.map((summary) => {
        const question = questions.find((q) => q.id === summary.questionId);
        const label = question ? l(question.label) : summary.questionId;
        if (!('counts' in summary)) {
          return <WordCloud key={summary.questionId} title={t('responses.wordsTitle', { question: label })} words={summary.words} />;
        }
        const bars = summary.counts.map((c) => ({
          label: l(c.label ?? question?.choices?.find((ch) => ch.id === c.value)?.label) || c.value,
          value: c.count,
          display: String(c.count),
        }));
        return (
          <div key={summary.questionId}>
            <BarChart title={t('responses.distributionTitle', { question: label })} bars={bars} />
            {summary.type === 'rating' && summary.average !== undefined && (
              <Caption1>{t('responses.average', { value: format.number(summary.average, 1) })}</Caption1>
            )}
          </div>
        );
      })}
    </div>
  );
}
