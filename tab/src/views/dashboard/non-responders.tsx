import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import type { PromptParticipation } from '../../../../bot/src/api/contract';
import { EmptyState } from '../../components/empty-state';
import { useI18n } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, columns: '14em auto' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Who has not answered each prompt, folded per prompt. */
export function NonResponders({ prompts, departmentName }: { prompts: PromptParticipation[]; departmentName: (id?: string) => string }) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const withMissing = prompts.filter((p) => p.nonResponders.length > 0);
  if (withMissing.length === 0) return <EmptyState>{t('dashboard.everyoneAnswered')}</EmptyState>;
  return (
    <Accordion multiple collapsible>
      {withMissing.map((p) => (
        <AccordionItem key={p.promptId} value={p.promptId}>
          <AccordionHeader size="small">
            {t('dashboard.nonRespondersCount', { title: l(p.title), count: p.nonResponders.length })}
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {p.nonResponders.map((person, i) => (
                <li key={i}>
                  {person.displayName}
                  {person.department && <span className={styles.muted}> · {departmentName(person.department)}</span>}
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
