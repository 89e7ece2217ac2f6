import { Body1, LargeTitle, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { I18nProvider, useI18n } from '../../i18n/i18n-context';
import { useHashRoute } from '../../router/hash-route';
import { useTabSession } from '../../shell/tab-session';
import { LiveResults } from './live-results';
import { meetingChatId } from './meeting-chat';
import { useLiveMeeting } from './use-live-meeting';

/** The stage refreshes a little less often than the side panel; it only shows results. */
const STAGE_POLL_MS = 1500;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  question: { margin: 0, overflowWrap: 'anywhere' },
  session: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
});

/** The meeting stage: the run put on the stage (else the open one), large and live, in the programme's language. */
export default function StageView() {
  const { t } = useI18n();
  const { host } = useTabSession();
  const [route] = useHashRoute();
  const chatId = meetingChatId(route.query, host?.context);
  if (!chatId) return <EmptyState>{t('live.noMeeting')}</EmptyState>;
  return <Stage chatId={chatId} />;
}

function Stage({ chatId }: { chatId: string }) {
  const { endpoints } = useTabSession();
  const meeting = useLiveMeeting(endpoints.live, chatId, STAGE_POLL_MS);
  const view = meeting.view;
  if (!view) return meeting.error !== undefined ? <ErrorState error={meeting.error} onRetry={meeting.refresh} /> : <LoadingState />;
  const locale = view.bound ? ((view.stageRun ?? view.openRun)?.locale ?? view.programme.defaultLocale) : undefined;
  // The stage speaks the programme's language, whatever each viewer's Teams language is.
  return locale ? (
    <I18nProvider locale={locale}>
      <StageBody view={view} error={meeting.error} />
    </I18nProvider>
  ) : (
    <StageBody view={view} error={meeting.error} />
  );
}

function StageBody({ view, error }: { view: NonNullable<ReturnType<typeof useLiveMeeting>['view']>; error: unknown }) {
  const styles = useStyles();
  const { t, l } = useI18n();
  if (!view.bound) {
    return (
      <div className={styles.root} data-testid="stage">
        <Title2 as="p">{view.chatKnown ? t('live.notBound') : t('live.addAppFirst')}</Title2>
      </div>
    );
  }
  const run = view.stageRun ?? view.openRun;
  const question = run ? l(run.prompt.question) : '';
  return (
    <div className={styles.root} data-testid="stage" lang={run?.locale ?? view.programme.defaultLocale}>
      <Body1 className={styles.session}>{l(view.session.title)}</Body1>
      {error !== undefined && <ErrorState error={error} />}
      {run ? (
        <>
          <LargeTitle as="h1" className={styles.question}>
            {question}
          </LargeTitle>
          <LiveResults results={run.results} title={t('live.results.title', { question })} large />
        </>
      ) : (
        <Title2 as="p">{t('live.stage.waiting')}</Title2>
      )}
    </div>
  );
}
