import { Button, Caption1, Checkbox, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { AdminPrompt, AdminPromptKind, AdminQuestion, AdminQuestionType, AdminSession, AdminVisibility } from '../../api/admin-types';
import { useI18n } from '../../i18n/i18n-context';
import { CardPreview } from './card-preview';
import { ChoicesEditor } from './choices-editor';
import { newQuestion } from './draft';
import { ItemTools, LocalizedField, SelectField, TextField, moved, removed, replaced, useFormStyles } from './fields';
import { SendNow } from './send-now';

const QUESTION_TYPES: AdminQuestionType[] = ['longText', 'shortText', 'singleChoice', 'multiChoice', 'rating'];
const VISIBILITIES: AdminVisibility[] = ['private', 'cohort', 'anonymous'];
const KINDS: AdminPromptKind[] = ['reflection', 'feedback', 'invitation'];

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 960px)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' },
  },
  sticky: { '@media (min-width: 960px)': { position: 'sticky', top: tokens.spacingVerticalL, alignSelf: 'start' } },
});

/** One prompt: texts, times, visibility, questions, and the live card preview beside it. */
export function PromptEditor({
  prompt,
  sessions,
  onChange,
  preview,
}: {
  prompt: AdminPrompt;
  sessions: AdminSession[];
  onChange: (prompt: AdminPrompt) => void;
  /** The stored programme this prompt is in, if it is stored yet. */
  preview?: { programmeId: string; version: string; saved: boolean };
}) {
  const { t, l } = useI18n();
  const styles = useStyles();
  const form = useFormStyles();
  const set = (changes: Partial<AdminPrompt>) => onChange({ ...prompt, ...changes });

  return (
    <div className={styles.layout} data-testid={`prompt-editor-${prompt.id}`}>
      <div className={form.stack}>
        <div className={form.grid}>
          <TextField
            label={t('admin.prompt.id')}
            value={prompt.id}
            onChange={(id) => set({ id })}
            required
            hint={t('admin.prompt.idHint')}
          />
          <SelectField
            label={t('admin.prompt.kind')}
            value={prompt.kind}
            options={KINDS.map((k) => ({ value: k, label: t(`admin.kind.${k}`) }))}
            onChange={(kind) => set({ kind })}
          />
          <SelectField
            label={t('admin.prompt.afterSession')}
            value={String(prompt.afterSession)}
            options={sessions.map((s) => ({ value: String(s.number), label: `${s.number}. ${l(s.title)}` }))}
            onChange={(v) => set({ afterSession: Number(v) })}
          />
          <SelectField
            label={t('admin.prompt.visibility')}
            value={prompt.visibility}
            options={VISIBILITIES.map((v) => ({ value: v, label: t(`admin.visibility.${v}`) }))}
            onChange={(visibility) => set({ visibility })}
          />
        </div>
        <LocalizedField label={t('admin.prompt.title')} value={prompt.title} onChange={(title) => set({ title })} required />
        <LocalizedField label={t('admin.prompt.text')} value={prompt.text} onChange={(text) => set({ text })} />
        <div className={form.grid}>
          <TextField
            label={t('admin.prompt.sendAt')}
            type="datetime-local"
            value={prompt.sendAt}
            onChange={(sendAt) => set({ sendAt })}
            required
          />
          <TextField
            label={t('admin.prompt.dueAt')}
            type="datetime-local"
            value={prompt.dueAt}
            onChange={(dueAt) => set({ dueAt })}
            required
          />
        </div>

        <fieldset className={form.fieldset}>
          <legend className={form.legend}>{t('admin.prompt.reminders')}</legend>
          {prompt.reminders.length === 0 && <span className={form.muted}>{t('admin.prompt.noReminders')}</span>}
          {prompt.reminders.map((at, i) => (
            <div key={i} className={form.row}>
              <TextField
                className={form.grow}
                label={t('admin.prompt.reminder', { n: i + 1 })}
                type="datetime-local"
                value={at}
                onChange={(v) => set({ reminders: replaced(prompt.reminders, i, v) })}
              />
              <Button onClick={() => set({ reminders: removed(prompt.reminders, i) })}>
                {t('admin.removeItem', { name: t('admin.prompt.reminder', { n: i + 1 }) })}
              </Button>
            </div>
          ))}
          <div>
            <Button icon={<AddRegular />} onClick={() => set({ reminders: [...prompt.reminders, prompt.dueAt] })}>
              {t('admin.prompt.addReminder')}
            </Button>
          </div>
        </fieldset>

        <fieldset className={form.fieldset}>
          <legend className={form.legend}>{t('admin.questions')}</legend>
          {prompt.questions.map((question, i) => (
            <QuestionEditor
              key={i}
              question={question}
              index={i}
              count={prompt.questions.length}
              onChange={(q) => set({ questions: replaced(prompt.questions, i, q) })}
              onMove={(from, to) => set({ questions: moved(prompt.questions, from, to) })}
              onRemove={() => set({ questions: removed(prompt.questions, i) })}
            />
          ))}
          <div>
            <Button icon={<AddRegular />} onClick={() => set({ questions: [...prompt.questions, newQuestion(prompt.questions.length)] })}>
              {t('admin.question.add')}
            </Button>
          </div>
        </fieldset>
        {preview && (
          <SendNow programmeId={preview.programmeId} promptId={prompt.id} title={l(prompt.title) || prompt.id} saved={preview.saved} />
        )}
      </div>
      <section className={styles.sticky} aria-label={t('admin.preview.heading')}>
        <Subtitle2 as="h4">{t('admin.preview.heading')}</Subtitle2>
        {preview ? (
          <CardPreview
            programmeId={preview.programmeId}
            promptId={prompt.id}
            title={l(prompt.title) || prompt.id}
            version={preview.version}
            saved={preview.saved}
          />
        ) : (
          <Caption1>{t('admin.preview.saveFirst')}</Caption1>
        )}
      </section>
    </div>
  );
}

function QuestionEditor({
  question,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  question: AdminQuestion;
  index: number;
  count: number;
  onChange: (q: AdminQuestion) => void;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}) {
  const { t, l } = useI18n();
  const form = useFormStyles();
  const set = (changes: Partial<AdminQuestion>) => onChange({ ...question, ...changes });
  const name = l(question.label) || t('admin.question.nameless', { n: index + 1 });
  const hasChoices = question.type === 'singleChoice' || question.type === 'multiChoice';
  const choices = question.choices ?? [];

  return (
    <div className={form.card}>
      <Subtitle2 as="h5" style={{ margin: 0 }}>
        {index + 1}. {name}
      </Subtitle2>
      <div className={form.grid}>
        <TextField label={t('admin.question.id')} value={question.id} onChange={(id) => set({ id })} required />
        <SelectField
          label={t('admin.question.type')}
          value={question.type}
          options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`admin.questionType.${type}`) }))}
          onChange={(type) =>
            set({
              type,
              choices:
                type === 'singleChoice' || type === 'multiChoice'
                  ? choices.length
                    ? choices
                    : [{ id: 'a', label: { sv: '', en: '' } }]
                  : undefined,
            })
          }
        />
      </div>
      <LocalizedField label={t('admin.question.label')} value={question.label} onChange={(label) => set({ label })} required />
      <Checkbox
        checked={question.required}
        label={t('admin.question.required')}
        onChange={(_, d) => set({ required: d.checked === true })}
      />
      {hasChoices && <ChoicesEditor choices={choices} onChange={(next) => set({ choices: next })} />}
      <ItemTools name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
    </div>
  );
}
