import {
  Button,
  makeStyles,
  tokens,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from '@fluentui/react-components';
import { AddRegular, SaveRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { AdminProgrammeDocument, AdminProgrammeResponse, AnswersPolicy, SentPromptConflict } from '../../api/admin-types';
import { isApiError } from '../../api/api-error';
import { ErrorState } from '../../components/error-state';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n-context';
import { useTabSession } from '../../shell/tab-session';
import { AlreadySentDialog } from './already-sent-dialog';
import { newPrompt, newSession, renumber } from './draft';
import { ItemTools, LocalizedField, SelectField, moved, removed, replaced, useFormStyles } from './fields';
import { issuesUnder } from './field-issues';
import { IssueList, issuesOf } from './issue-list';
import { PromptEditor } from './prompt-editor';
import { SessionEditor } from './session-editor';
import { DepartmentsField, JoinCodeField, TimeZoneField } from './settings-fields';

const useStyles = makeStyles({
  saveBar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const documentOf = (r: AdminProgrammeResponse): AdminProgrammeDocument => ({
  programme: r.programme,
  sessions: r.sessions,
  prompts: r.prompts,
});

type Problem =
  { kind: 'conflict' } | { kind: 'issues'; issues: ReturnType<typeof issuesOf> } | { kind: 'error'; error: unknown } | { kind: 'saved' };

/** Edit a stored programme: settings, sessions, prompts; save with its version (409 → explain and reload). */
export function ProgrammeEditor({
  loaded,
  onReload,
  onStored,
}: {
  loaded: AdminProgrammeResponse;
  onReload: () => void;
  /** The programme as stored after a save or a renewed join code (so the view opens it again as stored, not as first loaded). */
  onStored?: (stored: AdminProgrammeResponse) => void;
}) {
  const { t, l } = useI18n();
  const form = useFormStyles();
  const styles = useStyles();
  const { endpoints } = useTabSession();
  const [stored, setStored] = useState(loaded);
  const [draft, setDraft] = useState<AdminProgrammeDocument>(() => documentOf(loaded));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [sent, setSent] = useState<SentPromptConflict[]>();
  const id = stored.programme.id;
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(documentOf(stored)), [draft, stored]);
  const savedPrompt = (promptId: string) =>
    JSON.stringify(draft.prompts.find((p) => p.id === promptId)) === JSON.stringify(stored.prompts.find((p) => p.id === promptId));

  const set = (changes: Partial<AdminProgrammeDocument>) => setDraft((d) => ({ ...d, ...changes }));
  const setFields = (changes: Partial<AdminProgrammeDocument['programme']>) =>
    setDraft((d) => ({ ...d, programme: { ...d.programme, ...changes } }));

  const save = async (answersPolicy?: Record<string, AnswersPolicy>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const res = await endpoints.admin.save(id, { ...draft, version: stored.version, answersPolicy });
      setStored(res);
      onStored?.(res);
      setDraft(documentOf(res));
      setProblem({ kind: 'saved' });
    } catch (error) {
      if (isApiError(error, 'PROMPT_ALREADY_SENT')) {
        setSent((error.body as { prompts?: SentPromptConflict[] } | undefined)?.prompts ?? []);
      } else if (isApiError(error, 'STORAGE_CONFLICT')) setProblem({ kind: 'conflict' });
      else if (isApiError(error, 'VALIDATION_FAILED') && issuesOf(error.body).length)
        setProblem({ kind: 'issues', issues: issuesOf(error.body) });
      else setProblem({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  const renew = async () => {
    setBusy(true);
    try {
      const res = await endpoints.admin.renewJoinCode(id);
      const next = { ...stored, version: res.version, programme: { ...stored.programme, joinCode: res.joinCode } };
      setStored(next);
      onStored?.(next);
      setFields({ joinCode: res.joinCode });
    } catch (error) {
      setProblem({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  const sessionOptions = draft.sessions;
  return (
    <div className={form.stack} data-testid="programme-editor">
      <Section title={t('admin.settings')}>
        <LocalizedField label={t('admin.name')} value={draft.programme.name} onChange={(name) => setFields({ name })} required />
        <div className={form.grid}>
          <TimeZoneField value={draft.programme.timeZone} onChange={(timeZone) => setFields({ timeZone })} />
          <SelectField
            label={t('admin.defaultLocale')}
            value={draft.programme.defaultLocale}
            options={[
              { value: 'sv', label: t('admin.preview.sv') },
              { value: 'en', label: t('admin.preview.en') },
            ]}
            onChange={(defaultLocale) => setFields({ defaultLocale })}
          />
        </div>
        <JoinCodeField value={draft.programme.joinCode} onRenew={() => void renew()} busy={busy} />
        <DepartmentsField value={draft.programme.departments} onChange={(departments) => setFields({ departments })} />
      </Section>

      <Section title={t('admin.sessions')}>
        {draft.sessions.map((session, i) => (
          <div key={i} className={form.card}>
            <Subtitle2 as="h3" style={{ margin: 0 }}>
              {t('admin.session.heading', { n: session.number, title: l(session.title) })}
            </Subtitle2>
            <SessionEditor
              session={session}
              programmeId={id}
              issues={problem?.kind === 'issues' ? issuesUnder(problem.issues, `sessions[${i}].`) : []}
              onChange={(s) => set({ sessions: replaced(draft.sessions, i, s) })}
            />
            <ItemTools
              name={t('admin.session.name', { n: session.number })}
              index={i}
              count={draft.sessions.length}
              onMove={(from, to) => set({ sessions: renumber(moved(draft.sessions, from, to)) })}
              onRemove={() => set({ sessions: renumber(removed(draft.sessions, i)) })}
            />
          </div>
        ))}
        <div>
          <Button icon={<AddRegular />} onClick={() => set({ sessions: [...draft.sessions, newSession(draft.sessions.length + 1)] })}>
            {t('admin.session.add')}
          </Button>
        </div>
      </Section>

      <Section title={t('admin.prompts')}>
        {draft.prompts.length === 0 && <span className={form.muted}>{t('admin.prompts.none')}</span>}
        {draft.prompts.map((prompt, i) => {
          const isStored = stored.prompts.some((p) => p.id === prompt.id);
          return (
            <div key={i} className={form.card}>
              <Subtitle2 as="h3" style={{ margin: 0 }}>
                {l(prompt.title) || t('admin.prompt.nameless', { n: i + 1 })}
              </Subtitle2>
              <PromptEditor
                prompt={prompt}
                sessions={sessionOptions}
                onChange={(p) => set({ prompts: replaced(draft.prompts, i, p) })}
                preview={isStored ? { programmeId: id, version: stored.version, saved: savedPrompt(prompt.id) } : undefined}
              />
              <ItemTools
                name={l(prompt.title) || prompt.id}
                index={i}
                count={draft.prompts.length}
                onMove={(from, to) => set({ prompts: moved(draft.prompts, from, to) })}
                onRemove={() => set({ prompts: removed(draft.prompts, i) })}
              />
            </div>
          );
        })}
        <div>
          <Button
            icon={<AddRegular />}
            disabled={draft.sessions.length === 0}
            onClick={() => set({ prompts: [...draft.prompts, newPrompt(draft.prompts.length, draft.sessions[0]?.number ?? 1)] })}
          >
            {t('admin.prompt.add')}
          </Button>
        </div>
      </Section>

      <div className={styles.saveBar}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={busy || !dirty} onClick={() => void save()}>
          {busy ? t('admin.saving') : t('admin.save')}
        </Button>
        {dirty && <span className={form.muted}>{t('admin.unsaved')}</span>}
      </div>
      <div aria-live="polite">
        {problem?.kind === 'saved' && !dirty && (
          <MessageBar intent="success">
            <MessageBarBody>{t('admin.saved')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {problem?.kind === 'conflict' && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('admin.conflict.title')}</MessageBarTitle>
            {t('admin.conflict.text')}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onReload}>{t('admin.conflict.reload')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {problem?.kind === 'issues' && <IssueList title={t('admin.issues.title')} issues={problem.issues} />}
      {problem?.kind === 'error' && <ErrorState error={problem.error} />}
      <AlreadySentDialog
        prompts={sent}
        onCancel={() => setSent(undefined)}
        onConfirm={(policy) => {
          setSent(undefined);
          void save(policy);
        }}
      />
    </div>
  );
}
