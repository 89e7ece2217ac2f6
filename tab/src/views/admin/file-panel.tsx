import { Button, Caption1, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ArrowDownloadRegular, CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AdminImportResponse, AdminText } from '../../api/admin-types';
import { isApiError } from '../../api/api-error';
import { ErrorState } from '../../components/error-state';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { saveBlob } from '../dashboard/save-blob';
import { LocalizedField, TextField, useFormStyles } from './fields';
import { IssueList, issuesOf } from './issue-list';
import { readText } from './read-file';
import { FileField } from './file-field';
import { useBusyAction } from '../../components/use-busy-action';

/** Import a programme file (the command line's format): the server validates; problems are listed with path and line. */
export function ImportPanel({ onImported }: { onImported: (programmeId: string) => void }) {
  const { t } = useI18n();
  const { endpoints } = useTabSession();
  const { busy, error, run } = useBusyAction();
  const [result, setResult] = useState<AdminImportResponse>();

  const choose = (file: File) =>
    run(async () => {
      setResult(undefined);
      const res = await endpoints.admin.importFile({ fileName: file.name, text: await readText(file) });
      setResult(res);
      onImported(res.programmeId);
    });
  const issues = isApiError(error) ? issuesOf(error.body) : [];

  return (
    <Section title={t('admin.import.heading')}>
      <Caption1>{t('admin.import.intro')}</Caption1>
      <FileField
        label={t('admin.import.file')}
        accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
        disabled={busy}
        onFile={(file) => void choose(file)}
      />
      <div aria-live="polite">
        {result && (
          <MessageBar intent="success">
            <MessageBarBody>{t(`admin.import.done.${result.programme}`, { id: result.programmeId })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {issues.length > 0 ? (
        <IssueList title={t('admin.import.invalid')} issues={issues} />
      ) : (
        error !== undefined && <ErrorState error={error} />
      )}
    </Section>
  );
}

/** Download the programme file, and copy the programme to run it again with every date shifted. */
export function CopyAndExportPanel({
  programmeId,
  name,
  onCopied,
}: {
  programmeId: string;
  name: AdminText;
  onCopied: (id: string) => void;
}) {
  const { t } = useI18n();
  const form = useFormStyles();
  const { endpoints } = useTabSession();
  const [newId, setNewId] = useState(`${programmeId}-2`);
  const [newName, setNewName] = useState<AdminText>(name);
  const [date, setDate] = useState('');
  const { busy, error, run } = useBusyAction();
  const issues = isApiError(error) ? issuesOf(error.body) : [];

  return (
    <>
      <Section title={t('admin.export.heading')}>
        <Caption1>{t('admin.export.intro')}</Caption1>
        <div>
          <Button
            icon={<ArrowDownloadRegular />}
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const { blob, fileName } = await endpoints.admin.exportFile(programmeId);
                saveBlob(blob, fileName);
              })
            }
          >
            {t('admin.export.button')}
          </Button>
        </div>
      </Section>
      <Section title={t('admin.copy.heading')}>
        <Caption1>{t('admin.copy.intro')}</Caption1>
        <form
          className={form.stack}
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              const res = await endpoints.admin.copy(programmeId, { newId, name: newName, shift: { firstSessionDate: date } });
              onCopied(res.programme.id);
            });
          }}
        >
          <TextField label={t('admin.copy.newId')} value={newId} onChange={setNewId} required hint={t('admin.programmeId.hint')} />
          <LocalizedField label={t('admin.name')} value={newName} onChange={setNewName} required />
          <Field label={t('admin.copy.date')} required hint={t('admin.copy.dateHint')}>
            <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
          </Field>
          <div>
            <Button type="submit" icon={<CopyRegular />} disabled={busy || !date || !newId}>
              {t('admin.copy.button')}
            </Button>
          </div>
        </form>
      </Section>
      {issues.length > 0 ? (
        <IssueList title={t('admin.issues.title')} issues={issues} />
      ) : (
        error !== undefined && <ErrorState error={error} />
      )}
    </>
  );
}
