import { Table, TableBody, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { DeliveryCounts } from '../../../../bot/src/api/contract';
import { EmptyState } from '../../components/empty-state';
import { useI18n } from '../../i18n/i18n-context';

const useStyles = makeStyles({
  table: { maxWidth: '420px' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const STATUSES = ['sent', 'pending', 'failed', 'unreachable', 'unknown'] as const;

/** How the prompts went out: sent, failed with reasons, unreachable. */
export function DeliveryStatus({ delivery, available }: { delivery: DeliveryCounts; available: boolean }) {
  const styles = useStyles();
  const { t } = useI18n();
  if (!available) return <EmptyState>{t('dashboard.deliveryUnavailable')}</EmptyState>;
  return (
    <>
      <Table className={styles.table} size="small" aria-label={t('dashboard.delivery')}>
        <TableBody>
          {STATUSES.map((status) => (
            <TableRow key={status}>
              <TableCell>{t(`dashboard.delivery.${status}`)}</TableCell>
              <TableCell className={styles.number}>{delivery[status]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {delivery.reasons.length > 0 && (
        <div>
          <strong>{t('dashboard.delivery.reasons')}</strong>
          <ul className={styles.reasons}>
            {delivery.reasons.map((r, i) => (
              <li key={i}>
                {t('dashboard.delivery.reason', { status: t(`dashboard.delivery.${r.status}`), reason: r.reason, count: r.count })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
