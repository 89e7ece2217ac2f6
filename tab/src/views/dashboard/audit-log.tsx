import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useLoad } from '../../api/use-load';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { ScrollRegion } from '../../components/scroll-region';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/sv';
import { useTabSession } from '../../shell/tab-session';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

const ACTION_KEYS: Record<string, MessageKey> = {
  'responses.read': 'audit.action.responsesRead',
  'shared.read': 'audit.action.sharedRead',
  'export.responses': 'audit.action.exportResponses',
  'export.participation': 'audit.action.exportParticipation',
  'person.export': 'audit.action.personExport',
  'person.erase': 'audit.action.personErase',
  'role.change': 'audit.action.roleChange',
  'meeting.bind': 'audit.action.meetingBind',
};

/** The programme's audit log (coordinators): who read or exported what, when; never content. Read-only. */
export function AuditLog({ timeZone }: { timeZone: string }) {
  const styles = useStyles();
  const { t, format } = useI18n();
  const { endpoints, enrolment } = useTabSession();
  const audit = useLoad(() => endpoints.audit(enrolment.programmeId), enrolment.programmeId);

  if (audit.state === 'loading') return <LoadingState />;
  if (audit.state === 'error') return <ErrorState error={audit.error} onRetry={audit.reload} />;
  if (audit.data.entries.length === 0) return <EmptyState>{t('audit.empty')}</EmptyState>;
  return (
    <>
      <Caption1 className={styles.muted}>{t('audit.intro')}</Caption1>
      <ScrollRegion label={t('audit.heading')}>
        <Table size="small" aria-label={t('audit.heading')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('audit.when')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.who')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.what')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.target')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {audit.data.entries.map((entry, i) => (
              <TableRow key={i}>
                <TableCell>{format.dateTime(entry.at, timeZone)}</TableCell>
                <TableCell>{entry.actor}</TableCell>
                <TableCell>{ACTION_KEYS[entry.action] ? t(ACTION_KEYS[entry.action]) : entry.action}</TableCell>
                <TableCell>{entry.target ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </>
  );
}
