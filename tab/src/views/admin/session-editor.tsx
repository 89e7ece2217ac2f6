import { Button, Subtitle2 } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { AdminIssueLike, AdminSession } from '../../api/admin-types';
import { useI18n } from '../../i18n/i18n-context';
import { newAgendaItem } from './draft';
import { ItemTools, LocalizedField, TextField, moved, removed, replaced, useFormStyles } from './fields';
import { LivePromptsSection } from './live-prompts-section';

/** One session: title, times, meeting link, materials, a reorderable agenda and its live prompts. */
export function SessionEditor({
  session,
  onChange,
  programmeId,
  issues = [],
}: {
  session: AdminSession;
  onChange: (session: AdminSession) => void;
  /** The stored programme (live prompt previews need it). */
  programmeId: string;
  /** The last save's issues for this session, paths relative to it (`livePrompts[0].question.sv`). */
  issues?: readonly AdminIssueLike[];
}) {
  const { t, l } = useI18n();
  const styles = useFormStyles();
  const set = (changes: Partial<AdminSession>) => onChange({ ...session, ...changes });

  return (
    <div className={styles.stack} data-testid={`session-editor-${session.number}`}>
      <LocalizedField label={t('admin.session.title')} value={session.title} onChange={(title) => set({ title })} required />
      <div className={styles.grid}>
        <TextField
          label={t('admin.session.start')}
          type="datetime-local"
          value={session.start}
          onChange={(start) => set({ start })}
          required
        />
        <TextField label={t('admin.session.end')} type="datetime-local" value={session.end} onChange={(end) => set({ end })} required />
      </div>
      <TextField
        label={t('admin.session.joinUrl')}
        type="url"
        value={session.joinUrl}
        onChange={(joinUrl) => set({ joinUrl: joinUrl || undefined })}
      />

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('admin.materials')}</legend>
        {session.materials.length === 0 && <span className={styles.muted}>{t('admin.materials.none')}</span>}
        {session.materials.map((material, i) => {
          const name = l(material.title) || t('admin.material.nameless', { n: i + 1 });
          return (
            <div key={i} className={styles.card}>
              <LocalizedField
                label={t('admin.material.title')}
                value={material.title}
                onChange={(title) => set({ materials: replaced(session.materials, i, { ...material, title }) })}
              />
              <TextField
                label={t('admin.material.url')}
                type="url"
                value={material.url}
                onChange={(url) => set({ materials: replaced(session.materials, i, { ...material, url }) })}
              />
              <ItemTools
                name={name}
                index={i}
                count={session.materials.length}
                onMove={(from, to) => set({ materials: moved(session.materials, from, to) })}
                onRemove={() => set({ materials: removed(session.materials, i) })}
              />
            </div>
          );
        })}
        <div>
          <Button icon={<AddRegular />} onClick={() => set({ materials: [...session.materials, { title: { sv: '', en: '' }, url: '' }] })}>
            {t('admin.material.add')}
          </Button>
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('admin.agenda')}</legend>
        {session.agenda.length === 0 && <span className={styles.muted}>{t('admin.agenda.none')}</span>}
        <ol className={styles.stack} style={{ paddingLeft: 0, margin: 0, listStyle: 'none' }}>
          {session.agenda.map((item, i) => {
            const name = l(item.title) || t('admin.agenda.nameless', { n: i + 1 });
            const setItem = (changes: Partial<typeof item>) => set({ agenda: replaced(session.agenda, i, { ...item, ...changes }) });
            return (
              <li key={i} className={styles.card}>
                <Subtitle2 as="h4" style={{ margin: 0 }}>
                  {i + 1}. {name}
                </Subtitle2>
                <div className={styles.grid}>
                  <TextField label={t('admin.agenda.start')} type="time" value={item.start} onChange={(start) => setItem({ start })} />
                  <TextField
                    label={t('admin.agenda.duration')}
                    type="number"
                    min={1}
                    value={String(item.durationMinutes)}
                    onChange={(v) => setItem({ durationMinutes: Math.max(1, Number(v) || 0) })}
                  />
                </div>
                <LocalizedField label={t('admin.agenda.title')} value={item.title} onChange={(title) => setItem({ title })} />
                <TextField label={t('admin.agenda.lead')} value={item.lead} onChange={(lead) => setItem({ lead: lead || undefined })} />
                <ItemTools
                  name={name}
                  index={i}
                  count={session.agenda.length}
                  onMove={(from, to) => set({ agenda: moved(session.agenda, from, to) })}
                  onRemove={() => set({ agenda: removed(session.agenda, i) })}
                />
              </li>
            );
          })}
        </ol>
        <div>
          <Button icon={<AddRegular />} onClick={() => set({ agenda: [...session.agenda, newAgendaItem()] })}>
            {t('admin.agenda.add')}
          </Button>
        </div>
      </fieldset>

      <LivePromptsSection
        programmeId={programmeId}
        session={session}
        issues={issues}
        onChange={(livePrompts) => onChange({ ...session, livePrompts })}
      />
    </div>
  );
}
