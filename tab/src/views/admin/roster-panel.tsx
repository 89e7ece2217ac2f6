import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AdminDepartment, AdminRole, RosterPreviewRequest, RosterPreviewResponse, RosterPerson } from '../../api/admin-types';
import { useLoad } from '../../api/use-load';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Section } from '../../components/section';
import { ROLES } from '../../api/roles';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { saveBlob } from '../dashboard/save-blob';
import { ConfirmDialog } from './confirm-dialog';
import { useFormStyles } from './fields';
import { FileField } from './file-field';
import { readBase64, readText } from './read-file';
import { RosterPreview } from './roster-preview';
import { TeamRoster } from './team-roster';
import { useBusyAction } from '../../components/use-busy-action';
import { ScrollRegion } from '../../components/scroll-region';

const useStyles = makeStyles({
  table: { minWidth: '560px' },
  cell: { verticalAlign: 'top', overflowWrap: 'break-word' },
});

type Pending = { request: RosterPreviewRequest; preview: RosterPreviewResponse };

/**
 * Upload a roster (CSV or Excel) or take a Teams team's members, see what would change, then apply;
 * remove people, change roles, export or erase a person.
 */
export function RosterPanel({
  programmeId,
  departments,
  departmentName,
}: {
  programmeId: string;
  departments: AdminDepartment[];
  departmentName: (id?: string) => string;
}) {
  const styles = useStyles();
  const form = useFormStyles();
  const { t, locale } = useI18n();
  const { endpoints } = useTabSession();
  const people = useLoad(() => endpoints.admin.people(programmeId), programmeId);
  const [pending, setPending] = useState<Pending>();
  const action = useBusyAction();
  const { busy, error } = action;
  const [notice, setNotice] = useState<string>();
  const [confirm, setConfirm] = useState<{ kind: 'remove' | 'erase'; person: RosterPerson }>();

  const run = (work: () => Promise<void>) => {
    setNotice(undefined);
    return action.run(work);
  };

  const choose = (file: File) =>
    run(async () => {
      setPending(undefined);
      const xlsx = /\.xlsx$/i.test(file.name);
      const request: RosterPreviewRequest = xlsx
        ? { kind: 'xlsx', content: await readBase64(file) }
        : { kind: 'csv', content: await readText(file) };
      setPending({ request, preview: await endpoints.admin.rosterPreview(programmeId, request) });
    });

  const apply = () =>
    pending &&
    run(async () => {
      const res = await endpoints.admin.rosterApply(programmeId, { ...pending.request, previewToken: pending.preview.previewToken });
      setPending(undefined);
      setNotice(t('roster.applied', { written: res.written }));
      people.reload();
    });

  const changeRole = (person: RosterPerson, role: AdminRole) =>
    run(async () => {
      await endpoints.admin.changeRole(programmeId, person.key, role);
      setNotice(t('roster.roleChanged', { name: person.displayName, role: t(`role.${role}`) }));
      people.reload();
    });

  const exportPerson = (person: RosterPerson) =>
    person.tenantId &&
    person.objectId &&
    run(async () => {
      const { blob, fileName } = await endpoints.admin.exportPerson(programmeId, person.tenantId!, person.objectId!, locale);
      saveBlob(blob, fileName);
    });

  const confirmed = () => {
    const c = confirm;
    setConfirm(undefined);
    if (!c) return;
    void run(async () => {
      if (c.kind === 'remove') {
        await endpoints.admin.removePerson(programmeId, c.person.key);
        setNotice(t('roster.removed', { name: c.person.displayName }));
      } else if (c.person.tenantId && c.person.objectId) {
        await endpoints.admin.erasePerson(programmeId, c.person.tenantId, c.person.objectId);
        setNotice(t('roster.erased', { name: c.person.displayName }));
      }
      people.reload();
    });
  };

  return (
    <div className={form.stack} data-testid="roster-panel">
      <Section title={t('roster.upload')}>
        <Caption1>{t('roster.format')}</Caption1>
        <FileField
          label={t('roster.file')}
          hint={t('roster.fileHint')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onFile={(file) => void choose(file)}
        />
        {pending && (
          <RosterPreview
            preview={pending.preview}
            departmentName={departmentName}
            busy={busy}
            applyLabel={t('roster.apply')}
            fixHint={t('roster.fixErrors')}
            testId="roster-preview"
            onApply={() => void apply()}
            onCancel={() => setPending(undefined)}
          />
        )}
        <div aria-live="polite">
          {notice && (
            <MessageBar intent="success">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {error !== undefined && <ErrorState error={error} />}
      </Section>

      <Section title={t('roster.team.heading')}>
        <TeamRoster programmeId={programmeId} departments={departments} departmentName={departmentName} onApplied={people.reload} />
      </Section>

      <Section title={t('roster.people')}>
        {people.state === 'loading' && <LoadingState />}
        {people.state === 'error' && <ErrorState error={people.error} onRetry={people.reload} />}
        {people.state === 'ready' && people.data.people.length === 0 && <EmptyState>{t('roster.noPeople')}</EmptyState>}
        {people.state === 'ready' && people.data.people.length > 0 && (
          <ScrollRegion label={t('roster.people')}>
            <Table className={styles.table} size="small" aria-label={t('roster.people')} data-testid="people-table">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('roster.name')}</TableHeaderCell>
                  <TableHeaderCell>{t('roster.email')}</TableHeaderCell>
                  <TableHeaderCell>{t('roster.department')}</TableHeaderCell>
                  <TableHeaderCell>{t('roster.role')}</TableHeaderCell>
                  <TableHeaderCell>{t('roster.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {people.data.people.map((person) => (
                  <TableRow key={person.key}>
                    <TableCell className={styles.cell}>
                      {person.displayName}
                      {!person.matched && (
                        <Caption1 as="p" style={{ margin: 0, display: 'block' }}>
                          {t('roster.notSignedIn')}
                        </Caption1>
                      )}
                    </TableCell>
                    <TableCell className={styles.cell}>{person.email}</TableCell>
                    <TableCell className={styles.cell}>{departmentName(person.department)}</TableCell>
                    <TableCell className={styles.cell}>
                      <Select
                        size="small"
                        aria-label={t('roster.roleOf', { name: person.displayName })}
                        value={person.role}
                        disabled={busy}
                        onChange={(_, d) => void changeRole(person, d.value as AdminRole)}
                      >
                        {ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`role.${role}`)}
                          </option>
                        ))}
                      </Select>
                    </TableCell>
                    <TableCell className={styles.cell}>
                      <div className={form.row}>
                        <Button size="small" disabled={busy} onClick={() => setConfirm({ kind: 'remove', person })}>
                          {t('roster.remove', { name: person.displayName })}
                        </Button>
                        {person.tenantId && person.objectId && (
                          <>
                            <Button size="small" disabled={busy} onClick={() => void exportPerson(person)}>
                              {t('roster.export', { name: person.displayName })}
                            </Button>
                            <Button size="small" disabled={busy} onClick={() => setConfirm({ kind: 'erase', person })}>
                              {t('roster.erase', { name: person.displayName })}
                            </Button>
                          </>
                        )}
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        )}
        {people.state === 'ready' && people.data.people.some((p) => !p.objectId) && <Caption1>{t('roster.gdprNote')}</Caption1>}
      </Section>

      <ConfirmDialog
        open={confirm?.kind === 'remove'}
        title={t('roster.removeTitle', { name: confirm?.person.displayName ?? '' })}
        confirmLabel={t('roster.removeConfirm')}
        onConfirm={confirmed}
        onCancel={() => setConfirm(undefined)}
      >
        <p>{t('roster.removeText')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm?.kind === 'erase'}
        title={t('roster.eraseTitle', { name: confirm?.person.displayName ?? '' })}
        confirmLabel={t('roster.eraseConfirm')}
        onConfirm={confirmed}
        onCancel={() => setConfirm(undefined)}
      >
        <ul>
          <li>{t('roster.erase.everywhere')}</li>
          <li>{t('roster.erase.messages')}</li>
          <li>{t('roster.erase.audit')}</li>
          <li>{t('roster.erase.final')}</li>
        </ul>
      </ConfirmDialog>
    </div>
  );
}
