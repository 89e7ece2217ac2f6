import { Body1, Caption1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useLoad } from '../../api/use-load';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { DeliveryStatus } from './delivery-status';
import { ExportButtons } from './export-buttons';
import { NonResponders } from './non-responders';
import { ParticipationCharts } from './participation-charts';
import { AuditLog } from './audit-log';

const useStyles = makeStyles({
  overall: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalXL },
  rate: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  two: {
    display: 'grid',
    columnGap: tokens.spacingHorizontalXXXL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 900px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
  },
});

/** Översikt: participation, delivery, non-responders and downloads (coordinators). */
export default function DashboardView() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, l, format } = i18n;
  const { endpoints, enrolment } = useTabSession();
  const id = enrolment.programmeId;
  const dashboard = useLoad(() => endpoints.dashboard(id), id);
  const programme = useLoad(() => endpoints.programme(id), id);

  if (dashboard.state === 'loading') return <LoadingState />;
  if (dashboard.state === 'error') return <ErrorState error={dashboard.error} onRetry={dashboard.reload} />;
  const data = dashboard.data;
  const departmentName = (depId?: string) => {
    const dep = programme.state === 'ready' ? programme.data.programme.departments.find((d) => d.id === depId) : undefined;
    return dep ? l(dep.name) : (depId ?? '');
  };

  return (
    <div data-testid="dashboard">
      <div className={styles.overall}>
        <Caption1>{t('dashboard.overall')}</Caption1>
        <Title2 as="p" className={styles.rate}>
          {format.percent(data.overall.rate)}
        </Title2>
        <Body1>{t('dashboard.rateOf', { answered: data.overall.answered, expected: data.overall.expected })}</Body1>
        <Caption1 className={styles.muted}>
          {t('dashboard.enrolled', data.enrolled)}
          {data.enrolled.notYetSignedIn > 0 && ` · ${t('dashboard.notSignedIn', { count: data.enrolled.notYetSignedIn })}`}
        </Caption1>
      </div>
      <Section title={t('dashboard.exports')}>
        <ExportButtons />
      </Section>
      <Section title={t('dashboard.participation')}>
        <ParticipationCharts data={data} />
      </Section>
      <div className={styles.two}>
        <Section title={t('dashboard.delivery')}>
          <DeliveryStatus delivery={data.delivery} available={data.deliveryAvailable} />
        </Section>
        <Section title={t('dashboard.nonResponders')}>
          <NonResponders prompts={data.prompts} departmentName={departmentName} />
        </Section>
      </div>
      <Section title={t('audit.heading')}>
        <AuditLog timeZone={programme.state === 'ready' ? programme.data.programme.timeZone : 'Europe/Stockholm'} />
      </Section>
    </div>
  );
}
