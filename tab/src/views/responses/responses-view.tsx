import { Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { PromptSummary } from './prompt-summary';
import { ResponseFilters, type ResponseFilterValues } from './response-filters';
import { ResponseTable } from './response-table';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalM },
  title: { margin: 0 },
});

/** Svar: all answers to one prompt, filterable, with word cloud and distributions (facilitators, coordinators). */
export default function ResponsesView() {
  const styles = useStyles();
  const { t, l } = useI18n();
  const { endpoints, enrolment } = useTabSession();
  const id = enrolment.programmeId;
  const [filters, setFilters] = useState<ResponseFilterValues>({ session: '', prompt: '', department: '', answered: '' });
  const programme = useLoad(() => endpoints.programme(id), id);
  const query = {
    session: filters.session || undefined,
    department: filters.department || undefined,
    answered: filters.answered || undefined,
  };
  const responses = useLoad(() => endpoints.responses(id, query), `${id}|${JSON.stringify(query)}`);

  if (responses.state === 'error') return <ErrorState error={responses.error} onRetry={responses.reload} />;
  const data = responses.state === 'ready' ? responses.data : undefined;
  const prompts = data?.prompts ?? [];
  const prompt = prompts.find((p) => p.id === filters.prompt) ?? prompts[0];
  const departmentName = (depId?: string) => {
    const dep = data?.departments.find((d) => d.id === depId);
    return dep ? l(dep.name) : (depId ?? '');
  };

  return (
    <div className={styles.root}>
      <ResponseFilters
        value={{ ...filters, prompt: prompt?.id ?? '' }}
        onChange={setFilters}
        sessions={programme.state === 'ready' ? programme.data.sessions : []}
        prompts={prompts}
        departments={data?.departments ?? []}
      />
      {!data && <LoadingState />}
      {data && !prompt && <EmptyState>{t('responses.noPrompts')}</EmptyState>}
      {data && prompt && (
        <>
          <div className={styles.head}>
            <Subtitle2 as="h2" className={styles.title}>
              {l(prompt.title)}
            </Subtitle2>
            <Caption1>{t('responses.count', { answered: prompt.answered, expected: prompt.expected })}</Caption1>
          </div>
          {prompt.withheld === 'smallGroup' ? (
            <MessageBar intent="info">
              <MessageBarBody>{t('responses.withheld')}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <Section title={t('responses.summary')}>
                <PromptSummary questions={prompt.questions} summaries={prompt.summaries} />
              </Section>
              <Section title={t('responses.table')}>
                <ResponseTable prompt={prompt} timeZone={data.timeZone} departmentName={departmentName} />
              </Section>
            </>
          )}
        </>
      )}
    </div>
  );
}
