import { Button, Caption1, Link, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowLeftRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n-context';
import { useHashRoute } from '../../router/hash-route';
import { useTabSession } from '../../shell/tab-session';
import { CreateForm } from './create-form';
import { CopyAndExportPanel, ImportPanel } from './file-panel';
import { ProgrammeEditor } from './programme-editor';
import { RosterPanel } from './roster-panel';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  top: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', marginBottom: tokens.spacingVerticalL },
});

/** Program: the coordinator's programmes, a new one from nothing, and the editor with roster and copy (coordinators only; the API checks). */
export default function AdminView() {
  const [route, navigate] = useHashRoute();
  const edit = route.query.get('edit');
  const open = (id: string | undefined) => navigate('/admin', { edit: id });
  if (edit === 'new') return <CreateForm onCreated={open} onCancel={() => open(undefined)} />;
  if (edit) return <EditProgramme key={edit} programmeId={edit} onBack={() => open(undefined)} onOpen={open} />;
  return <ProgrammeList onOpen={open} />;
}

function ProgrammeList({ onOpen }: { onOpen: (id: string) => void }) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const { endpoints } = useTabSession();
  const list = useLoad(() => endpoints.admin.list(), 'admin-list');

  return (
    <div data-testid="admin-list">
      <Section
        title={t('admin.list.heading')}
        actions={
          list.state === 'ready' && list.data.mayCreate ? (
            <div>
              <Button appearance="primary" icon={<AddRegular />} onClick={() => onOpen('new')}>
                {t('admin.create.button')}
              </Button>
            </div>
          ) : undefined
        }
      >
        {list.state === 'loading' && <LoadingState />}
        {list.state === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
        {list.state === 'ready' && list.data.programmes.length === 0 && <EmptyState>{t('admin.list.empty')}</EmptyState>}
        {list.state === 'ready' && list.data.programmes.length > 0 && (
          <ul className={styles.list}>
            {list.data.programmes.map((p) => (
              <li key={p.id} className={styles.item}>
                <div>
                  <Link as="button" onClick={() => onOpen(p.id)}>
                    {l(p.name)}
                  </Link>
                  <Caption1 as="p" style={{ margin: 0, display: 'block' }}>
                    {t('admin.list.details', {
                      sessions: p.sessionCount,
                      first: p.firstSessionStart ? p.firstSessionStart.replace('T', ' ') : '–',
                      zone: p.timeZone,
                    })}
                  </Caption1>
                </div>
                <Button onClick={() => onOpen(p.id)} aria-label={t('admin.list.editNamed', { name: l(p.name) })}>
                  {t('admin.list.edit')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {list.state === 'ready' && list.data.mayCreate && <ImportPanel onImported={onOpen} />}
    </div>
  );
}

type Part = 'content' | 'roster' | 'file';

function EditProgramme({ programmeId, onBack, onOpen }: { programmeId: string; onBack: () => void; onOpen: (id: string) => void }) {
  const styles = useStyles();
  const { t, l } = useI18n();
  const { endpoints } = useTabSession();
  const [part, setPart] = useState<Part>('content');
  const loaded = useLoad(() => endpoints.admin.get(programmeId), programmeId);

  return (
    <div data-testid="admin-edit">
      <div className={styles.top}>
        <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
          {t('admin.back')}
        </Button>
        {loaded.state === 'ready' && (
          <h2 style={{ margin: 0, fontSize: tokens.fontSizeBase500 }}>{l(loaded.data.programme.name) || programmeId}</h2>
        )}
      </div>
      {loaded.state === 'loading' && <LoadingState />}
      {loaded.state === 'error' && <ErrorState error={loaded.error} onRetry={loaded.reload} />}
      {loaded.state === 'ready' && (
        <>
          <TabList
            selectedValue={part}
            onTabSelect={(_, d) => setPart(d.value as Part)}
            aria-label={t('admin.parts')}
            style={{ flexWrap: 'wrap', marginBottom: 16 }}
          >
            <Tab value="content">{t('admin.part.content')}</Tab>
            <Tab value="roster">{t('admin.part.roster')}</Tab>
            <Tab value="file">{t('admin.part.file')}</Tab>
          </TabList>
          {part === 'content' && <ProgrammeEditor loaded={loaded.data} onReload={loaded.reload} onStored={loaded.set} />}
          {part === 'roster' && (
            <RosterPanel
              programmeId={programmeId}
              departments={loaded.data.programme.departments}
              departmentName={(id) => {
                const dep = loaded.data.programme.departments.find((d) => d.id === id);
                return dep ? l(dep.name) : (id ?? '');
              }}
            />
          )}
          {part === 'file' && <CopyAndExportPanel programmeId={programmeId} name={loaded.data.programme.name} onCopied={onOpen} />}
        </>
      )}
    </div>
  );
}
