import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Card, makeStyles, tokens } from '@fluentui/react-components';
import type { SharedResponse } from '../../../../bot/src/api/contract';
import { EmptyState } from '../../components/empty-state';
import { useI18n } from '../../i18n/i18n-context';
import { AnswerSummary } from './answer-summary';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  author: { fontWeight: tokens.fontWeightSemibold },
  note: { display: 'block', marginBottom: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
});

/** What the cohort shared, one fold per prompt (the latest open): names on cohort prompts, none on anonymous ones. */
export function SharedAnswers({ data, departmentName }: { data: SharedResponse; departmentName: (id: string | undefined) => string }) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const prompts = data.prompts.filter((p) => p.answers.length > 0);
  if (prompts.length === 0) return <EmptyState>{t('shared.none')}</EmptyState>;
  return (
    <Accordion multiple collapsible defaultOpenItems={[prompts[prompts.length - 1].promptId]}>
      {prompts.map((prompt) => (
        <AccordionItem key={prompt.promptId} value={prompt.promptId}>
          <AccordionHeader as="h3">
            {l(prompt.title)} ({t('shared.answers', { count: prompt.answers.length })})
          </AccordionHeader>
          <AccordionPanel>
            <Caption1 className={styles.note}>{t(`visibility.${prompt.visibility}`)}</Caption1>
            <ul className={styles.list}>
              {prompt.answers.map((answer, index) => (
                <li key={index}>
                  <Card appearance="outline">
                    <Caption1 className={styles.author}>
                      {answer.mine
                        ? t('shared.you')
                        : answer.author
                          ? [answer.author.displayName, departmentName(answer.author.department)].filter(Boolean).join(' · ')
                          : t('shared.anonymous')}
                    </Caption1>
                    <AnswerSummary questions={prompt.questions} answers={answer.answers} />
                  </Card>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
