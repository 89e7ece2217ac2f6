import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { RosterPreviewResponse, RosterRowStatus } from '../../api/admin-types';
import { useI18n } from '../../i18n/i18n-context';
import { sv } from '../../i18n/sv';
import type { MessageKey } from '../../i18n/translate';
import { useFormStyles } from './fields';
import { ScrollRegion } from '../../components/scroll-region';

const useStyles = makeStyles({
  table: { minWidth: '560px' },
  cell: { verticalAlign: 'top', overflowWrap: 'break-word' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const STATUS_COLOR: Record<RosterRowStatus, 'success' | 'warning' | 'informative' | 'danger'> = {
  new: 'success',
  changed: 'warning',
  unchanged: 'informative',
  error: 'danger',
};

/** What a roster (a file, or a team's members) would change, row by row with its errors; apply only when no row has one. */
export function RosterPreview({
  preview,
  departmentName,
  busy,
  applyLabel,
  fixHint,
  summaryKey = 'roster.previewSummary',
  testId,
  onApply,
  onCancel,
}: {
  preview: RosterPreviewResponse;
  departmentName: (id?: string) => string;
  busy: boolean;
  applyLabel: string;
  /** Shown when rows have errors: how to fix them. */
  fixHint: string;
  /** The counts in words (`{new}`, `{changed}`, `{unchanged}`, `{error}`, `{notInFile}`). */
  summaryKey?: MessageKey;
  testId: string;
  onApply: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const form = useFormStyles();
  const { t, l } = useI18n();
  const fieldName = (column: string) => {
    const key = `roster.field.${column}`;
    return key in sv ? t(key as MessageKey) : column;
  };
  const { counts } = preview;
  const hasErrors = counts.error > 0;
  return (
    <div className={form.stack} data-testid={testId}>
      <p aria-live="polite" style={{ margin: 0 }}>
        {t(summaryKey, { ...counts })}
      </p>
      <ScrollRegion label={t('roster.previewTable')}>
        <Table className={styles.table} size="small" aria-label={t('roster.previewTable')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('roster.row')}</TableHeaderCell>
              <TableHeaderCell>{t('roster.status')}</TableHeaderCell>
              <TableHeaderCell>{t('roster.email')}</TableHeaderCell>
              <TableHeaderCell>{t('roster.name')}</TableHeaderCell>
              <TableHeaderCell>{t('roster.department')}</TableHeaderCell>
              <TableHeaderCell>{t('roster.role')}</TableHeaderCell>
              <TableHeaderCell>{t('roster.messages')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.rows.map((row) => (
              <TableRow key={row.row} data-status={row.status}>
                <TableCell className={styles.cell}>{row.row}</TableCell>
                <TableCell className={styles.cell}>
                  <Badge appearance="tint" color={STATUS_COLOR[row.status]}>
                    {t(`roster.status.${row.status}`)}
                  </Badge>
                </TableCell>
                <TableCell className={styles.cell}>{row.email}</TableCell>
                <TableCell className={styles.cell}>{row.name}</TableCell>
                <TableCell className={styles.cell}>{row.department && departmentName(row.department)}</TableCell>
                <TableCell className={styles.cell}>
                  {row.role && t(`role.${row.role}`)}
                  {row.previousRole && ` (${t('roster.before', { role: t(`role.${row.previousRole}`) })})`}
                </TableCell>
                <TableCell className={styles.cell}>
                  {row.errors?.map((err, i) => (
                    <div key={i} className={styles.error}>
                      {l(err.message)}
                    </div>
                  ))}
                  {row.changes?.length ? t('roster.changes', { fields: row.changes.map((c) => fieldName(c)).join(', ') }) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      {hasErrors && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{fixHint}</MessageBarBody>
        </MessageBar>
      )}
      <div className={form.row}>
        <Button appearance="primary" disabled={busy || hasErrors || counts.new + counts.changed === 0} onClick={onApply}>
          {applyLabel}
        </Button>
        <Button onClick={onCancel}>{t('admin.cancel')}</Button>
      </div>
    </div>
  );
}
