import { Body1, Field, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useLoad } from '../../api/use-load';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { useFullWidthSelect } from '../../components/full-width-select';
import { LoadingState } from '../../components/loading-state';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n-context';
import { sessionLabel } from '../../i18n/session-label';
import { useHashRoute } from '../../router/hash-route';
import { useTabSession } from '../../shell/tab-session';
import { LiveResults } from '../live/live-results';
import { AttendanceTable } from './attendance-table';
import { FeedbackSummary } from './feedback-summary';

const useStyles = makeStyles({
  picker: { maxWidth: '520px', marginBottom: tokens.spacingVerticalL },
  run: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  heading: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** The facilitator's view after a session (`#/session-report?programme=…&session=N`): attendance, live prompts, feedback. */
export default function SessionReportView() {
  const styles = useStyles();
  const { t, l } = useI18n();
  const select = useFullWidthSelect();
  const { endpoints, enrolment } = useTabSession();
  const [route, navigate] = useHashRoute();
  const programmeId = enrolment.programmeId;
  const programme = useLoad(() => endpoints.programme(programmeId), programmeId);
  const wanted = Number(route.query.get('session'));
  const sessions = programme.state === 'ready' ? programme.data.sessions : [];
  const number = sessions.some((s) => s.number === wanted) ? wanted : sessions[0]?.number;

  if (programme.state === 'loading') return <LoadingState />;
  if (programme.state === 'error') return <ErrorState error={programme.error} onRetry={programme.reload} />;
  if (number === undefined) return <EmptyState>{t('programme.noSessions')}</EmptyState>;
  return (
    <div>
      <Field label={t('live.report.session')} className={styles.picker}>
        <Select
          className={select.root}
          select={{ className: select.select }}
          value={String(number)}
          onChange={(_, d) => navigate(route.path, { session: d.value })}
        >
          {sessions.map((s) => (
            <option key={s.number} value={String(s.number)}>
              {sessionLabel({ t, l }, s)}
            </option>
          ))}
        </Select>
      </Field>
      <Report
        programmeId={programmeId}
        number={number}
        timeZone={programme.data.programme.timeZone}
        departmentName={(id) => {
          const department = programme.data.programme.departments.find((d) => d.id === id);
          return department ? l(department.name) : id;
        }}
      />
    </div>
  );
}

function Report({
  programmeId,
  number,
  timeZone,
  departmentName,
}: {
  programmeId: string;
  number: number;
  timeZone: string;
  departmentName: (id: string) => string;
}) {
  const styles = useStyles();
  const { t, l, format } = useI18n();
  const { endpoints } = useTabSession();
  const report = useLoad(() => endpoints.live.report(programmeId, number), `${programmeId}|${number}`);
  if (report.state === 'loading') return <LoadingState />;
  if (report.state === 'error') return <ErrorState error={report.error} onRetry={report.reload} />;
  const data = report.data;
  const meeting = data.meeting;
  return (
    <div data-testid="session-report">
      <Body1 as="p" className={styles.meta}>
        {meeting?.startedAt
          ? t('live.report.meetingTimes', {
              start: format.dateTime(meeting.startedAt, timeZone),
              end: meeting.endedAt ? format.time(meeting.endedAt, timeZone) : '…',
            })
          : t('live.report.noMeeting')}
      </Body1>
      <Section title={t('live.report.attendance')}>
        <AttendanceTable rows={data.attendance} timeZone={timeZone} departmentName={departmentName} />
      </Section>
      <Section title={t('live.report.runs')}>
        {data.runs.length === 0 ? (
          <EmptyState>{t('live.report.noRuns')}</EmptyState>
        ) : (
          data.runs.map((run) => {
            const question = l(run.prompt.question);
            return (
              <div key={run.runId} className={styles.run}>
                <Subtitle2 as="h3" className={styles.heading}>
                  {question}
                </Subtitle2>
                <LiveResults results={run.results} title={t('live.results.title', { question })} />
              </div>
            );
          })
        )}
      </Section>
      <Section title={t('live.report.feedback')}>
        <FeedbackSummary feedback={data.feedback} />
      </Section>
    </div>
  );
}
