import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AdminIssueLike, AdminLivePrompt, AdminLiveQuestionType, AdminText } from '../../api/admin-types';
import { useI18n } from '../../i18n/i18n-context';
import { withLiveType } from './draft';
import { messageAt, textMessages } from './field-issues';
import { ChoicesEditor } from './choices-editor';
import { LocalizedField, SelectField, TextField, useFormStyles } from './fields';
import { LiveCardPreview } from './live-card-preview';

const LIVE_TYPES: AdminLiveQuestionType[] = ['rating', 'word', 'singleChoice', 'multiChoice', 'openText'];

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: 'minmax(0, 1fr)',
    '@media (min-width: 960px)': { gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)' },
  },
});

/**
 * One live prompt: id, type, question, choices or max length, with the card
 * beside it as the meeting gets it. Field messages come from the save
 * (`issues`, relative to this prompt) and from the preview of the draft.
 */
export function LivePromptEditor({
  programmeId,
  session,
  prompt,
  index,
  issues,
  onChange,
}: {
  programmeId: string;
  session: { number: number; title: AdminText };
  prompt: AdminLivePrompt;
  index: number;
  issues: readonly AdminIssueLike[];
  onChange: (prompt: AdminLivePrompt) => void;
}) {
  const { t, l } = useI18n();
  const styles = useStyles();
  const form = useFormStyles();
  const [previewIssues, setPreviewIssues] = useState<AdminIssueLike[]>([]);
  const all = [...previewIssues, ...issues];
  const at = (path: string) => messageAt(all, path, l);
  const set = (changes: Partial<AdminLivePrompt>) => onChange({ ...prompt, ...changes });
  const choices = prompt.choices ?? [];
  const hasChoices = prompt.type === 'singleChoice' || prompt.type === 'multiChoice';
  const hasLength = prompt.type === 'word' || prompt.type === 'openText';

  return (
    <div className={styles.layout} data-testid={`live-prompt-editor-${session.number}-${index}`}>
      <div className={form.stack}>
        <Subtitle2 as="h5" style={{ margin: 0 }}>
          {index + 1}. {l(prompt.question) || t('admin.live.nameless', { n: index + 1 })}
        </Subtitle2>
        <div className={form.grid}>
          <TextField
            label={t('admin.live.id')}
            value={prompt.id}
            onChange={(id) => set({ id })}
            required
            hint={t('admin.live.idHint')}
            error={at('id')}
          />
          <SelectField
            label={t('admin.live.type')}
            value={prompt.type}
            options={LIVE_TYPES.map((type) => ({ value: type, label: t(`admin.liveType.${type}`) }))}
            onChange={(type) => onChange(withLiveType(prompt, type))}
            error={at('type')}
          />
        </div>
        <LocalizedField
          label={t('admin.live.question')}
          value={prompt.question}
          onChange={(question) => set({ question })}
          required
          errors={textMessages(all, 'question', l)}
        />
        {hasLength && (
          <TextField
            label={t('admin.live.maxLength')}
            type="number"
            min={1}
            max={1000}
            value={prompt.maxLength === undefined ? '' : String(prompt.maxLength)}
            onChange={(v) => set({ maxLength: v.trim() === '' ? undefined : Math.trunc(Number(v)) })}
            hint={t('admin.live.maxLengthHint')}
            error={at('maxLength')}
          />
        )}
        {hasChoices && (
          <ChoicesEditor
            choices={choices}
            onChange={(next) => set({ choices: next })}
            messageAt={at}
            textMessages={(path) => textMessages(all, path, l)}
          />
        )}
      </div>
      <section aria-label={t('admin.live.preview')}>
        <Subtitle2 as="h5">{t('admin.live.preview')}</Subtitle2>
        <LiveCardPreview programmeId={programmeId} session={session} prompt={prompt} onIssues={setPreviewIssues} />
      </section>
    </div>
  );
}
