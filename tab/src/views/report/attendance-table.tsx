import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { LiveSessionReport } from '../../../../bot/src/api/live-contract';
import { EmptyState } from '../../components/empty-state';
import { useI18n } from '../../i18n/i18n-context';
import { ScrollRegion } from '../../components/scroll-region';

const useStyles = makeStyles({
  table: { minWidth: '480px' },
  number: { fontVariantNumeric: 'tabular-nums' },
  missing: { color: tokens.colorNeutralForeground3 },
});

/** Who was enrolled, whether they attended, when they first joined and for how long. */
export function AttendanceTable({
  rows,
  timeZone,
  departmentName,
}: {
  rows: LiveSessionReport['attendance'];
  timeZone: string;
  /** The department's name for its id (the report gives ids). */
  departmentName: (id: string) => string;
}) {
  const styles = useStyles();
  const { t, format } = useI18n();
  if (rows.length === 0) return <EmptyState>{t('live.report.noAttendance')}</EmptyState>;
  const attended = rows.filter((r) => r.attended).length;
  return (
    <>
      <p style={{ margin: 0 }}>{t('live.report.attendedCount', { attended, total: rows.length })}</p>
      <ScrollRegion label={t('live.report.attendance')}>
        <Table className={styles.table} size="small" aria-label={t('live.report.attendance')} data-testid="attendance-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('live.report.name')}</TableHeaderCell>
              <TableHeaderCell>{t('live.report.department')}</TableHeaderCell>
              <TableHeaderCell>{t('live.report.attended')}</TableHeaderCell>
              <TableHeaderCell>{t('live.report.firstJoin')}</TableHeaderCell>
              <TableHeaderCell>{t('live.report.minutes')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row, i) => (
              <TableRow key={`${row.name}-${i}`}>
                <TableCell>{row.name}</TableCell>
                <TableCell>{row.department ? departmentName(row.department) : ''}</TableCell>
                <TableCell className={row.attended ? undefined : styles.missing}>
                  {row.attended ? t('live.report.yes') : t('live.report.no')}
                </TableCell>
                <TableCell>{row.firstJoin ? format.time(row.firstJoin, timeZone) : ''}</TableCell>
                <TableCell className={styles.number}>{format.number(row.minutes)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </>
  );
}
