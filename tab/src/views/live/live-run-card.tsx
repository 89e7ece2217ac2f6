import { Badge, Card, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { LiveAnswerRequest, LiveRunView } from '../../../../bot/src/api/live-contract';
import { useI18n } from '../../i18n/i18n-context';
import { LiveAnswerForm } from './live-answer-form';
import { LiveResults } from './live-results';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  question: { margin: 0, overflowWrap: 'anywhere' },
});

/** A live prompt in the side panel: the question, answering it, and its results as they come in. */
export function LiveRunCard({
  run,
  onAnswer,
  actions,
}: {
  run: LiveRunView;
  onAnswer: (answer: LiveAnswerRequest['answer']) => Promise<void>;
  actions?: ReactNode;
}) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const question = l(run.prompt.question);
  return (
    <Card className={styles.card} data-testid="live-run" data-run-id={run.runId} data-state={run.state}>
      <div className={styles.head}>
        <Badge appearance="tint" color={run.state === 'open' ? 'success' : 'subtle'}>
          {run.state === 'open' ? t('live.run.open') : t('live.run.closed')}
        </Badge>
      </div>
      <Subtitle2 as="h3" className={styles.question}>
        {question}
      </Subtitle2>
      <LiveAnswerForm key={run.runId} run={run} onAnswer={onAnswer} />
      <LiveResults results={run.results} title={t('live.results.title', { question })} />
      {actions}
    </Card>
  );
}
