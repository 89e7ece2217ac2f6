import { makeStyles, tokens } from '@fluentui/react-components';
import type { ApiAnswerValue, ApiQuestion } from '../../../../bot/src/api/contract';
import { useI18n } from '../../i18n/i18n-context';
import { answerText } from './answer-text';

const useStyles = makeStyles({
  list: { margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** Question and answer pairs, read-only. */
export function AnswerSummary({ questions, answers }: { questions: ApiQuestion[]; answers: Record<string, ApiAnswerValue> }) {
  const styles = useStyles();
  const i18n = useI18n();
  return (
    <dl className={styles.list}>
      {questions.map((q) => (
        <div key={q.id}>
          <dt className={styles.term}>{i18n.l(q.label)}</dt>
          <dd className={styles.value}>{answerText(q, answers[q.id], i18n)}</dd>
        </div>
      ))}
    </dl>
  );
}
