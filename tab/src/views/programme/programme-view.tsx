import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { MyAnswer } from '../../../../bot/src/api/contract';
import { useLoad } from '../../api/use-load';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n-context';
import { formatHash } from '../../router/hash-route';
import { pathOf } from '../../router/routes';
import { useTabSession } from '../../shell/tab-session';
import { AssignmentList } from './assignment-list';
import { SessionTimeline } from './session-timeline';
import { SharedAnswers } from './shared-answers';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXXL,
    '@media (min-width: 900px)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' },
  },
  description: { marginTop: 0, marginBottom: tokens.spacingVerticalL, color: tokens.colorNeutralForeground2 },
});

/** Mitt program: the sessions, my assignments and what the cohort shared. */
export default function ProgrammeView() {
  const styles = useStyles();
  const { t, l } = useI18n();
  const { endpoints, enrolment } = useTabSession();
  const id = enrolment.programmeId;
  // Facilitators and coordinators reach each session's report (attendance, live prompts, feedback) from the timeline.
  const reportHref =
    enrolment.role === 'participant'
      ? undefined
      : (sessionNumber: number) =>
          formatHash(pathOf('sessionReport'), new URLSearchParams({ programme: id, session: String(sessionNumber) }));
  const programme = useLoad(() => endpoints.programme(id), id);
  const prompts = useLoad(() => endpoints.myPrompts(id), id);
  const shared = useLoad(() => endpoints.shared(id), id);

  const onAnswered = useCallback(
    (promptId: string, answer: MyAnswer) => {
      if (prompts.state !== 'ready') return;
      prompts.set({ ...prompts.data, prompts: prompts.data.prompts.map((p) => (p.id === promptId ? { ...p, answer } : p)) });
      shared.reload();
    },
    [prompts, shared],
  );

  const departmentName = (depId: string | undefined) => {
    if (!depId) return '';
    const dep = programme.state === 'ready' ? programme.data.programme.departments.find((d) => d.id === depId) : undefined;
    return dep ? l(dep.name) : depId;
  };

  return (
    <div>
      {programme.state === 'ready' && programme.data.programme.description && (
        <Body1 as="p" className={styles.description}>
          {l(programme.data.programme.description)}
        </Body1>
      )}
      <div className={styles.grid}>
        <Section title={t('programme.sessions')}>
          {programme.state === 'loading' && <LoadingState />}
          {programme.state === 'error' && <ErrorState error={programme.error} onRetry={programme.reload} />}
          {programme.state === 'ready' && <SessionTimeline data={programme.data} reportHref={reportHref} />}
        </Section>
        <div>
          <Section title={t('programme.assignments')}>
            {prompts.state === 'loading' && <LoadingState />}
            {prompts.state === 'error' && <ErrorState error={prompts.error} onRetry={prompts.reload} />}
            {prompts.state === 'ready' && <AssignmentList data={prompts.data} onAnswered={onAnswered} onStale={prompts.reload} />}
          </Section>
          <Section title={t('programme.shared')}>
            {shared.state === 'loading' && <LoadingState />}
            {shared.state === 'error' && <ErrorState error={shared.error} onRetry={shared.reload} />}
            {shared.state === 'ready' && <SharedAnswers data={shared.data} departmentName={departmentName} />}
          </Section>
        </div>
      </div>
    </div>
  );
}
