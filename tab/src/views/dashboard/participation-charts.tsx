import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { DashboardResponse } from '../../../../bot/src/api/contract';
import { BarChart } from '../../charts/bar-chart';
import { useI18n } from '../../i18n/i18n-context';
import { sessionLabel } from '../../i18n/session-label';
import { participationBars } from './participation-bars';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gap: tokens.spacingVerticalXXL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 900px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
  },
});

/** Participation per session, per prompt and per department (small departments hidden, and said so). */
export function ParticipationCharts({ data }: { data: DashboardResponse }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className={styles.grid}>
      <BarChart title={t('dashboard.perSession')} max={1} bars={participationBars(data.sessions, (s) => sessionLabel(i18n, s), i18n)} />
      <BarChart title={t('dashboard.perPrompt')} max={1} bars={participationBars(data.prompts, (p) => p.title, i18n)} />
      <div>
        <BarChart
          title={t('dashboard.perDepartment')}
          max={1}
          bars={participationBars(data.departments, (d) => d.name, i18n)}
          emptyText={t('dashboard.noDepartments')}
        />
        {data.hiddenDepartments > 0 && (
          <MessageBar intent="info" layout="multiline" style={{ marginTop: 8 }}>
            <MessageBarBody>{t('dashboard.hiddenDepartments', { count: data.hiddenDepartments, min: data.minGroupSize })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
