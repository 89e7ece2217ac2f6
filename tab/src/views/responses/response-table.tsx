import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { PromptResponses } from '../../../../bot/src/api/contract';
import { EmptyState } from '../../components/empty-state';
import { useI18n } from '../../i18n/i18n-context';
import { answerText } from '../programme/answer-text';
import { ScrollRegion } from '../../components/scroll-region';

const useStyles = makeStyles({
  table: { minWidth: '560px' },
  answer: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', verticalAlign: 'top', minWidth: '160px' },
  cell: { verticalAlign: 'top' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Every row the filters select; anonymous prompts have no names, departments or times. */
export function ResponseTable({
  prompt,
  timeZone,
  departmentName,
}: {
  prompt: PromptResponses;
  timeZone: string;
  departmentName: (id?: string) => string;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, l, format } = i18n;
  if (prompt.rows.length === 0) return <EmptyState>{t('responses.noRows')}</EmptyState>;
  return (
    <ScrollRegion label={t('responses.table')}>
      <Table className={styles.table} size="small" aria-label={t('responses.table')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('responses.respondent')}</TableHeaderCell>
            <TableHeaderCell>{t('responses.status')}</TableHeaderCell>
            {prompt.questions.map((q) => (
              <TableHeaderCell key={q.id}>{l(q.label)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {prompt.rows.map((row, i) => (
            <TableRow key={i}>
              <TableCell className={styles.cell}>
                {row.respondent ? (
                  <>
                    <div>{row.respondent.displayName}</div>
                    <div className={styles.muted}>{departmentName(row.respondent.department)}</div>
                  </>
                ) : (
                  <span className={styles.muted}>{t('responses.anonymous')}</span>
                )}
              </TableCell>
              <TableCell className={styles.cell}>
                <Badge appearance="tint" color={row.answered ? 'success' : 'warning'}>
                  {row.answered ? t('responses.statusAnswered') : t('responses.statusMissing')}
                </Badge>
                {row.answeredAt && <div className={styles.muted}>{format.dateTime(row.answeredAt, timeZone)}</div>}
              </TableCell>
              {prompt.questions.map((q) => (
                <TableCell key={q.id} className={styles.answer}>
                  {row.answers ? answerText(q, row.answers[q.id], i18n) : ''}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
