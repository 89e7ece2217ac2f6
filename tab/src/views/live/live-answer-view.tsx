import { Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { LiveAnswerRequest } from '../../../../bot/src/api/live-contract';
import { useLoad } from '../../api/use-load';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useI18n } from '../../i18n/i18n-context';
import { useHashRoute } from '../../router/hash-route';
import { useTabSession } from '../../shell/tab-session';
import { LiveAnswerForm } from './live-answer-form';
import { meetingChatId } from './meeting-chat';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '520px' },
  question: { margin: 0, overflowWrap: 'anywhere' },
});

/** The in-meeting bubble (`#/live-answer?chat=…&run=…`): the question, one input, Send; then thanks and my answer. */
export default function LiveAnswerView() {
  const { t } = useI18n();
  const { host } = useTabSession();
  const [route] = useHashRoute();
  const chatId = meetingChatId(route.query, host?.context);
  const runId = route.query.get('run');
  if (!chatId || !runId) return <EmptyState>{t('live.answer.missing')}</EmptyState>;
  return <LiveAnswer chatId={chatId} runId={runId} />;
}

function LiveAnswer({ chatId, runId }: { chatId: string; runId: string }) {
  const styles = useStyles();
  const { l } = useI18n();
  const { endpoints } = useTabSession();
  const run = useLoad(() => endpoints.live.run(chatId, runId), `${chatId}|${runId}`);
  const { set } = run;
  const answer = useCallback(
    async (value: LiveAnswerRequest['answer']) => set(await endpoints.live.answer(chatId, runId, value)),
    [endpoints, chatId, runId, set],
  );
  if (run.state === 'loading') return <LoadingState />;
  if (run.state === 'error') return <ErrorState error={run.error} onRetry={run.reload} />;
  return (
    <div className={styles.root} data-testid="live-answer">
      <Subtitle1 as="h1" className={styles.question}>
        {l(run.data.prompt.question)}
      </Subtitle1>
      <LiveAnswerForm run={run.data} onAnswer={answer} />
    </div>
  );
}
