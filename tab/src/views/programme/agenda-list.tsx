import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ApiAgendaItem } from '../../../../bot/src/api/contract';
import { useI18n } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  item: { display: 'grid', gridTemplateColumns: '3.5em 1fr', columnGap: tokens.spacingHorizontalS },
  time: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  description: { margin: 0, color: tokens.colorNeutralForeground2 },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** The session's agenda, folded away until asked for. */
export function AgendaList({ items, timeZone }: { items: ApiAgendaItem[]; timeZone: string }) {
  const styles = useStyles();
  const { t, l, format } = useI18n();
  if (items.length === 0) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="agenda">
        <AccordionHeader size="small">{t('session.agenda', { count: items.length })}</AccordionHeader>
        <AccordionPanel>
          <ol className={styles.list}>
            {items.map((item) => (
              <li key={item.startsAt} className={styles.item}>
                <span className={styles.time}>{format.time(item.startsAt, timeZone)}</span>
                <div>
                  <div>{l(item.title)}</div>
                  {item.description && <p className={styles.description}>{l(item.description)}</p>}
                  <Caption1 className={styles.meta}>
                    {t('session.minutes', { count: item.durationMinutes })}
                    {item.lead && ` · ${t('session.agendaItemLead', { lead: item.lead })}`}
                  </Caption1>
                </div>
              </li>
            ))}
          </ol>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
