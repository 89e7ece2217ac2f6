import { Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AdminCreateProgrammeRequest, AdminSession } from '../../api/admin-types';
import { isApiError } from '../../api/api-error';
import { ErrorState } from '../../components/error-state';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { newSession, randomJoinCode, slug } from './draft';
import { LocalizedField, TextField, useFormStyles } from './fields';
import { IssueList, issuesOf } from './issue-list';
import { DepartmentsField, JoinCodeField, TimeZoneField } from './settings-fields';
import { useBusyAction } from '../../components/use-busy-action';

/** A new programme from nothing: names, zone, departments, join code and its first session. */
export function CreateForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const form = useFormStyles();
  const { endpoints } = useTabSession();
  const [request, setRequest] = useState<AdminCreateProgrammeRequest>(() => ({
    id: '',
    name: { sv: '', en: '' },
    timeZone: 'Europe/Stockholm',
    defaultLocale: 'sv',
    departments: [],
    joinCode: randomJoinCode(),
  }));
  const [session, setSession] = useState<AdminSession>(() => newSession(1));
  const [idTouched, setIdTouched] = useState(false);
  const { busy, error, run } = useBusyAction();
  const set = (changes: Partial<AdminCreateProgrammeRequest>) => setRequest((r) => ({ ...r, ...changes }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    await run(async () => {
      const created = await endpoints.admin.create({ ...request, firstSession: session });
      onCreated(created.programme.id);
    });
  };
  const issues = isApiError(error) ? issuesOf(error.body) : [];

  return (
    <form onSubmit={(e) => void submit(e)} className={form.stack} data-testid="create-form" noValidate>
      <Section title={t('admin.create.heading')}>
        <LocalizedField
          label={t('admin.name')}
          value={request.name}
          required
          onChange={(name) => set({ name, id: idTouched ? request.id : slug(name.sv) })}
        />
        <TextField
          label={t('admin.programmeId')}
          hint={t('admin.programmeId.hint')}
          value={request.id}
          required
          onChange={(id) => {
            setIdTouched(true);
            set({ id });
          }}
        />
        <TimeZoneField value={request.timeZone ?? 'Europe/Stockholm'} onChange={(timeZone) => set({ timeZone })} />
        <DepartmentsField value={request.departments} onChange={(departments) => set({ departments })} />
        <JoinCodeField value={request.joinCode ?? ''} onRenew={() => set({ joinCode: randomJoinCode() })} />
      </Section>
      <Section title={t('admin.create.firstSession')}>
        <LocalizedField
          label={t('admin.session.title')}
          value={session.title}
          required
          onChange={(title) => setSession({ ...session, title })}
        />
        <div className={form.grid}>
          <TextField
            label={t('admin.session.start')}
            type="datetime-local"
            value={session.start}
            required
            onChange={(start) => setSession({ ...session, start })}
          />
          <TextField
            label={t('admin.session.end')}
            type="datetime-local"
            value={session.end}
            required
            onChange={(end) => setSession({ ...session, end })}
          />
        </div>
        <TextField
          label={t('admin.session.joinUrl')}
          type="url"
          value={session.joinUrl}
          onChange={(joinUrl) => setSession({ ...session, joinUrl: joinUrl || undefined })}
        />
      </Section>
      {issues.length > 0 ? (
        <IssueList title={t('admin.issues.title')} issues={issues} />
      ) : (
        error !== undefined && <ErrorState error={error} />
      )}
      <div className={form.row}>
        <Button type="submit" appearance="primary" icon={<AddRegular />} disabled={busy}>
          {busy ? t('admin.saving') : t('admin.create.submit')}
        </Button>
        <Button onClick={onCancel}>{t('admin.cancel')}</Button>
      </div>
    </form>
  );
}
