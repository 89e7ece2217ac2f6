import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AdminDepartment, AdminRole, RosterApplyResponse, RosterFromTeamRequest, RosterPreviewResponse } from '../../api/admin-types';
import { isApiError } from '../../api/api-error';
import { ErrorState } from '../../components/error-state';
import { useBusyAction } from '../../components/use-busy-action';
import { ROLES } from '../../api/roles';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { SelectField, TextField, useFormStyles } from './fields';
import { RosterPreview } from './roster-preview';

type Pending = { request: RosterFromTeamRequest; preview: RosterPreviewResponse };

/**
 * Enrol the members of a Teams team the bot is installed in: the team (its
 * id, filled in when the tab is open in a team), one department and role for
 * all; the preview first, then apply exactly that preview.
 */
export function TeamRoster({
  programmeId,
  departments,
  departmentName,
  onApplied,
}: {
  programmeId: string;
  departments: AdminDepartment[];
  departmentName: (id?: string) => string;
  onApplied: () => void;
}) {
  const { t, l } = useI18n();
  const form = useFormStyles();
  const { endpoints, host } = useTabSession();
  const { busy, error, run } = useBusyAction();
  const [teamId, setTeamId] = useState(host?.context.teamId ?? '');
  const [department, setDepartment] = useState(departments[0]?.id ?? '');
  const [role, setRole] = useState<AdminRole>('participant');
  const [pending, setPending] = useState<Pending>();
  const [working, setWorking] = useState<'preview' | 'apply'>();
  const [written, setWritten] = useState<number>();

  const work = (kind: 'preview' | 'apply', task: () => Promise<void>) => {
    setWorking(kind);
    setWritten(undefined);
    return run(task).finally(() => setWorking(undefined));
  };

  const preview = () =>
    work('preview', async () => {
      setPending(undefined);
      const request: RosterFromTeamRequest = { teamId: teamId.trim(), department, role };
      const res = (await endpoints.admin.rosterFromTeam(programmeId, request)) as RosterPreviewResponse;
      setPending({ request, preview: res });
    });

  const apply = () =>
    pending &&
    work('apply', async () => {
      const res = (await endpoints.admin.rosterFromTeam(programmeId, {
        ...pending.request,
        previewToken: pending.preview.previewToken,
      })) as RosterApplyResponse;
      setPending(undefined);
      setWritten(res.written);
      onApplied();
    });

  const notFound = isApiError(error, 'NOT_FOUND');
  return (
    <div className={form.stack} data-testid="team-roster">
      <Caption1>{t('roster.team.intro')}</Caption1>
      <div className={form.grid}>
        <TextField label={t('roster.team.id')} hint={t('roster.team.idHint')} value={teamId} onChange={setTeamId} required />
        <SelectField
          label={t('roster.department')}
          value={department}
          options={departments.map((d) => ({ value: d.id, label: l(d.name) }))}
          onChange={setDepartment}
        />
        <SelectField
          label={t('roster.role')}
          value={role}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          onChange={setRole}
        />
      </div>
      <div>
        <Button icon={<PeopleTeamRegular />} disabled={busy || !teamId.trim() || !department} onClick={() => void preview()}>
          {t('roster.team.preview')}
        </Button>
      </div>
      <div aria-live="polite">
        {working && (
          <Spinner size="tiny" labelPosition="after" label={t(working === 'preview' ? 'roster.team.loading' : 'roster.team.applying')} />
        )}
        {written !== undefined && (
          <MessageBar intent="success">
            <MessageBarBody>{t('roster.applied', { written })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {pending && (
        <RosterPreview
          preview={pending.preview}
          departmentName={departmentName}
          busy={busy}
          applyLabel={t('roster.team.apply')}
          fixHint={t('roster.team.fixErrors')}
          summaryKey="roster.team.previewSummary"
          testId="team-preview"
          onApply={() => void apply()}
          onCancel={() => setPending(undefined)}
        />
      )}
      {error !== undefined && !notFound && <ErrorState error={error} />}
      {notFound && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('error.heading')}</MessageBarTitle>
            {t('roster.team.notFound')}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
