import { Body1, MessageBar, MessageBarBody, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { LiveAnswerRequest, LiveRunView } from '../../../../bot/src/api/live-contract';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useI18n } from '../../i18n/i18n-context';
import { useHashRoute } from '../../router/hash-route';
import { useTabSession } from '../../shell/tab-session';
import { FacilitatorControls } from './facilitator-controls';
import { LiveAgenda } from './live-agenda';
import { LiveRunCard } from './live-run-card';
import { meetingChatId } from './meeting-chat';
import { useLiveMeeting } from './use-live-meeting';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  heading: { display: 'block', margin: 0, overflowWrap: 'anywhere' },
  sub: { display: 'block', margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The meeting side panel: the agenda everyone follows, the open question, and (for facilitators) the controls. */
export default function SidePanelView() {
  const { t } = useI18n();
  const { host } = useTabSession();
  const [route] = useHashRoute();
  const chatId = meetingChatId(route.query, host?.context);
  if (!chatId) return <EmptyState>{t('live.noMeeting')}</EmptyState>;
  return <SidePanel chatId={chatId} />;
}

function SidePanel({ chatId }: { chatId: string }) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const { endpoints } = useTabSession();
  const meeting = useLiveMeeting(endpoints.live, chatId);
  // The last run a facilitator's action returned (so a closed run's results stay in view) and my last answer.
  const [lastRun, setLastRun] = useState<LiveRunView>();
  const [answered, setAnswered] = useState<LiveRunView>();
  const { refresh } = meeting;

  const onRun = useCallback(
    (run: LiveRunView) => {
      setLastRun(run);
      refresh();
    },
    [refresh],
  );
  const answer = useCallback(
    async (runId: string, value: LiveAnswerRequest['answer']) => {
      setAnswered(await endpoints.live.answer(chatId, runId, value));
      refresh();
    },
    [endpoints, chatId, refresh],
  );

  const view = meeting.view;
  if (!view) return meeting.error !== undefined ? <ErrorState error={meeting.error} onRetry={refresh} /> : <LoadingState />;
  if (!view.bound) {
    return (
      <div className={styles.root} data-testid="side-panel">
        <MessageBar intent="info" role="status">
          <MessageBarBody>{view.chatKnown ? t('live.notBound') : t('live.addAppFirst')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  let shownRun = view.openRun ?? (lastRun?.state === 'closed' ? lastRun : undefined) ?? view.stageRun;
  if (shownRun && answered?.runId === shownRun.runId && shownRun.myAnswer === undefined) {
    shownRun = { ...shownRun, myAnswer: answered.myAnswer };
  }

  return (
    <div className={styles.root} data-testid="side-panel">
      <div>
        <Subtitle1 as="h1" className={styles.heading}>
          {l(view.session.title)}
        </Subtitle1>
        <Body1 className={styles.sub}>{l(view.programme.name)}</Body1>
      </div>
      {meeting.error !== undefined && <ErrorState error={meeting.error} />}
      <section aria-label={t('live.agenda.heading')}>
        <Subtitle2 as="h2" className={styles.heading}>
          {t('live.agenda.heading')}
        </Subtitle2>
        <LiveAgenda
          items={view.session.agenda}
          currentItem={view.position.currentItem}
          endsAt={view.position.endsAt}
          clockOffsetMs={meeting.clockOffsetMs}
        />
      </section>
      {shownRun ? (
        <section aria-label={t('live.run.heading')}>
          <LiveRunCard run={shownRun} onAnswer={(value) => answer(shownRun.runId, value)} />
        </section>
      ) : (
        !view.canFacilitate && <EmptyState>{t('live.run.none')}</EmptyState>
      )}
      {view.canFacilitate && <FacilitatorControls chatId={chatId} view={view} shownRun={shownRun} onView={meeting.accept} onRun={onRun} />}
    </div>
  );
}
